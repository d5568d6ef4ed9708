namespace Dortmund.News.Catalogue.Model;

/// <summary>An author named by an article; matched to a profile by slug at query time, so profiles and articles sync independently.</summary>
public sealed class ArticleAuthorEntry
{
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public required string AuthorSlug { get; set; }
    public required string Name { get; set; }
}
