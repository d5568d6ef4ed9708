namespace Dortmund.News.Catalogue.Model;

/// <summary>Links an article to a tag, keeping the editor's order.</summary>
public sealed class ArticleTagEntry
{
    public int ArticleId { get; set; }
    public int TagId { get; set; }
    public TagEntry Tag { get; set; } = null!;
    public int Position { get; set; }
}
