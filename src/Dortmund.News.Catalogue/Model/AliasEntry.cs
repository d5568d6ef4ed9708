namespace Dortmund.News.Catalogue.Model;

/// <summary>An old URL path that answers 301 to its article: from <c>aliases</c>, or recorded when a slug changed.</summary>
public sealed class AliasEntry
{
    public required string Path { get; set; }
    public int ArticleId { get; set; }

    /// <summary>True when recorded because the article's slug changed, rather than written by the editor.</summary>
    public bool FromSlugChange { get; set; }
}
