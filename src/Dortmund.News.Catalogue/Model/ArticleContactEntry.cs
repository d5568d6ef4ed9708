namespace Dortmund.News.Catalogue.Model;

/// <summary>A press contact named by an article; matched to a contact file by slug at query time, so contacts and articles sync independently.</summary>
public sealed class ArticleContactEntry
{
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public required string ContactSlug { get; set; }
}
