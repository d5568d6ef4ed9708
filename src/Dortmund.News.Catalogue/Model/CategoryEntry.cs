namespace Dortmund.News.Catalogue.Model;

/// <summary>A category; every article has at most one.</summary>
public sealed class CategoryEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>The language of its articles: an English article's tags and category are English words, with their own pages.</summary>
    public required string Language { get; set; }
    public required string Name { get; set; }
}
