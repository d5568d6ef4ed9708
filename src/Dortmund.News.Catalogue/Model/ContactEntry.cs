namespace Dortmund.News.Catalogue.Model;

/// <summary>A press contact from content/contacts/.</summary>
public sealed class ContactEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string Organisation { get; set; }
    public required string Email { get; set; }

    /// <summary>As written, for display; <see cref="PhoneE164"/> for tel: links and vCards.</summary>
    public required string Phone { get; set; }
    public required string PhoneE164 { get; set; }
    public string? Mobile { get; set; }
    public string? MobileE164 { get; set; }
    public string? ImagePath { get; set; }
    public bool IsDefault { get; set; }
    public required string NoteHtml { get; set; }
    public required string SourcePath { get; set; }
}
