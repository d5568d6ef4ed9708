namespace Dortmund.News.Catalogue.Model;

/// <summary>A tag (topic), shared by the articles that name it.</summary>
public sealed class TagEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}
