using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Contacts;

/// <summary>A press contact from <c>content/contacts/&lt;slug&gt;.md</c>: whom journalists call or write to about an article.</summary>
/// <param name="SourcePath">Content-relative path of the contact file.</param>
/// <param name="Slug">The file name, which articles use in <c>contacts:</c>.</param>
/// <param name="Name">A person's name, or an office such as "Pressestelle".</param>
/// <param name="Role">Role or position.</param>
/// <param name="Organisation">The organisation the contact speaks for.</param>
/// <param name="Email">The e-mail address, checked (<see cref="EmailAddress"/>).</param>
/// <param name="Phone">The office telephone number.</param>
/// <param name="Mobile">The mobile number, if given.</param>
/// <param name="Image">Portrait, if given.</param>
/// <param name="IsDefault">Shown on articles that name no contact (<c>default: true</c>); one contact at most.</param>
/// <param name="NoteHtml">The file body (for example office hours) as sanitized HTML; empty when there is none.</param>
public sealed record Contact(
    string SourcePath,
    string Slug,
    string Name,
    string Role,
    string Organisation,
    string Email,
    PhoneNumber Phone,
    PhoneNumber? Mobile,
    ImageReference? Image,
    bool IsDefault,
    string NoteHtml)
{
    /// <summary>Where <c>default: true</c> is written (for a second default contact).</summary>
    public Position DefaultAt { get; init; } = Position.Start;
}
