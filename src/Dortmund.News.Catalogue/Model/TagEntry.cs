namespace Dortmund.News.Catalogue.Model;

/// <summary>A tag (topic), shared by the articles that name it.</summary>
public sealed class TagEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>The language of its articles: an English article's tags and category are English words, with their own pages.</summary>
    public required string Language { get; set; }
    public required string Name { get; set; }
}
