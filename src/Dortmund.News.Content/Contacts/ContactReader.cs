using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Content.Contacts;

/// <summary>Reads a press contact file: its front matter, and its body as a note.</summary>
public static class ContactReader
{
    /// <summary>The folder of contact files, content-relative.</summary>
    public const string Folder = "contacts";

    /// <summary>The front-matter keys a contact file may use.</summary>
    public static IReadOnlyList<string> KnownKeys => ContactKeys.Set.Names;

    /// <summary>The slug of the contact at <paramref name="sourcePath"/>: its file name, as articles name it in <c>contacts:</c>.</summary>
    public static string SlugOf(string sourcePath) => SlugText.From(Path.GetFileNameWithoutExtension(sourcePath));

    /// <summary>Reads the raw bytes of the contact file at content-relative <paramref name="sourcePath"/>.</summary>
    public static ReadResult<Contact> Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList(sourcePath);
        if (ArticleReader.Open(bytes, problems) is not var (markdown, map))
            return new ReadResult<Contact>(null, problems.All);

        ArticleReader.WarnAboutUnknownKeys(map, KnownKeys, problems);
        var name = Required(map, ContactKeys.Name, "name: Vorname Nachname (or the office, e.g. 'name: Pressestelle')", problems);
        var role = Required(map, ContactKeys.Role, "role: Pressesprecherin", problems);
        var organisation = Required(map, ContactKeys.Organisation, "organisation: Wirtschaftsförderung Dortmund", problems);
        var email = Required(map, ContactKeys.Email, "email: presse@example.org", problems);
        if (email is not null && !EmailAddress.IsValid(email))
            problems.Add(Rules.BadEmail, map.PositionOf(ContactKeys.Email), $"'email' '{email}': {EmailAddress.Problem(email)}");
        var phone = PhoneOf(map, ContactKeys.Phone, Required(map, ContactKeys.Phone, "phone: +49 231 1234567", problems), problems);
        var mobile = PhoneOf(map, ContactKeys.Mobile, map.Text(ContactKeys.Mobile), problems);
        var contact = new Contact(sourcePath, SlugOf(sourcePath), name ?? "", role ?? "", organisation ?? "", email ?? "",
            phone ?? new PhoneNumber("", ""), mobile, ArticleReader.ImageOf(sourcePath, map, ContactKeys.Image, problems),
            map.Flag(ContactKeys.Default) ?? false, markdown.PlainText.Length == 0 ? "" : markdown.Html)
        {
            DefaultAt = map.PositionOf(ContactKeys.Default),
        };

        return new ReadResult<Contact>(problems.HasErrors ? null : contact, problems.All);
    }

    /// <summary>A key every contact needs: missing is NEWS010, empty is NEWS015.</summary>
    private static string? Required(FrontMatterMap map, TextKey key, string example, ProblemList problems)
    {
        var value = map.Text(key);
        if (value is null && !map.Has(key))
            problems.Add(key.RequiredBy!, map.Start, $"'{key.Name}' is missing: add '{example}'");
        else if (value is null)
            problems.Add(Rules.BadValue, map.PositionOf(key), $"'{key.Name}' is empty");
        return value;
    }

    private static PhoneNumber? PhoneOf(FrontMatterMap map, TextKey key, string? written, ProblemList problems)
    {
        if (written is null)
            return null;
        var number = PhoneNumber.Parse(written, out var problem);
        if (number is null)
            problems.Add(Rules.BadPhone, map.PositionOf(key), $"'{key.Name}' '{written}': {problem}");
        return number;
    }
}
