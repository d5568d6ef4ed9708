namespace Dortmund.News.Catalogue.Model;

/// <summary>A category; every article has at most one.</summary>
public sealed class CategoryEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}
