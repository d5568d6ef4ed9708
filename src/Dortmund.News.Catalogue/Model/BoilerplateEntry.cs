namespace Dortmund.News.Catalogue.Model;

/// <summary>The agency's boilerplate from content/boilerplate.md: one row at most.</summary>
public sealed class BoilerplateEntry
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>The postal address, its lines separated by line feeds; empty when not given.</summary>
    public required string Address { get; set; }
    public required string Html { get; set; }
    public required string SourcePath { get; set; }
}
