namespace Dortmund.News.Catalogue.Model;

/// <summary>
/// A translated author profile (<c>content/authors/&lt;slug&gt;.en.md</c>): the bio and role in one language. Kept
/// apart from <see cref="AuthorEntry"/>, so an author is one row wherever articles name them.
/// </summary>
public sealed class AuthorTranslationEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Language { get; set; }
    public string? Role { get; set; }
    public required string BioHtml { get; set; }
    public required string SourcePath { get; set; }
}
