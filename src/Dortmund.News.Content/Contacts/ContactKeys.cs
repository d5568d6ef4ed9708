using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Contacts;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The front-matter keys of a press contact (<c>content/contacts/&lt;slug&gt;.md</c>), read by <see cref="ContactReader"/>.</summary>
public static class ContactKeys
{
    public static readonly TextKey Name = new("name", "Name der Person oder der Stelle („Pressestelle“).") { RequiredBy = Rules.MissingKey };
    public static readonly TextKey Role = new("role", "Funktion, z. B. Pressesprecherin.") { RequiredBy = Rules.MissingKey };
    public static readonly TextKey Organisation = new("organisation", "Für wen der Kontakt spricht.") { RequiredBy = Rules.MissingKey };

    public static readonly TextKey Email = new("email", "Nur die Adresse, ohne Namen und ohne mailto:, z. B. presse@example.org.", EmailAddress.PatternText)
    {
        RequiredBy = Rules.MissingKey,
        MaxLength = EmailAddress.MaxLength,
    };

    public static readonly TextKey Phone = new("phone",
        "International mit + und Ländervorwahl, ohne die 0 der Ortsvorwahl: +49 231 1234567.", PhoneNumber.NotationPattern)
    {
        RequiredBy = Rules.MissingKey,
    };

    public static readonly TextKey Mobile = new("mobile", "Mobilnummer, Schreibweise wie phone.", PhoneNumber.NotationPattern);
    public static readonly TextKey Image = new("image", "Porträt, eine Datei neben der Kontaktdatei.", ContentPath.Pattern);
    public static readonly FlagKey Default = new("default", "true für den Standardkontakt; höchstens einer darf es sein.");

    public static readonly KeySet Set = new("contact", "Pressekontakt (content/contacts/…)",
        [Name, Role, Organisation, Email, Phone, Mobile, Image, Default]);
}
