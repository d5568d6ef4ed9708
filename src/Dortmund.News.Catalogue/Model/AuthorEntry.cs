namespace Dortmund.News.Catalogue.Model;

/// <summary>An author profile from content/authors/.</summary>
public sealed class AuthorEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? ImagePath { get; set; }
    public required string BioHtml { get; set; }
    public required string SourcePath { get; set; }
}
