namespace Dortmund.News.Catalogue.Queries;

/// <summary>A press contact as pages and the vCard show it.</summary>
/// <param name="Phone">As the editor wrote it; <paramref name="PhoneE164"/> is for tel: links and vCards.</param>
/// <param name="NoteHtml">The note below the front matter (office hours, say); empty when there is none.</param>
/// <param name="Image">The portrait with its variants' hash, when the contact names one that decoded.</param>
public sealed record ContactView(
    string Slug, string Name, string Role, string Organisation, string Email, string Phone, string PhoneE164,
    string? Mobile, string? MobileE164, string NoteHtml, bool IsDefault, ImageView? Image = null);

/// <summary>The agency's boilerplate: the heading, the text as HTML, the postal address (one line each).</summary>
public sealed record BoilerplateView(string Title, string Html, IReadOnlyList<string> Address);

/// <summary>What every page's footer shows of the press room: the default contact and the agency's address.</summary>
public sealed record FooterView(ContactView? Contact, IReadOnlyList<string> Address);

/// <summary>A category with the number of its visible articles.</summary>
public sealed record CategoryCount(string Slug, string Name, int Count);

/// <summary>
/// The press room: every contact (the default first), the newest releases, the boilerplate, and the
/// categories and most used topics, whose feeds a journalist can follow.
/// </summary>
public sealed record PressRoomView(
    IReadOnlyList<ContactView> Contacts, IReadOnlyList<ArticleCard> Newest, BoilerplateView? Boilerplate,
    IReadOnlyList<CategoryCount> Categories, IReadOnlyList<TagCount> Topics);
