using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Authors;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The front-matter keys of an author profile (<c>content/authors/&lt;slug&gt;.md</c>), read by <see cref="AuthorReader"/>.</summary>
public static class AuthorKeys
{
    public static readonly TextKey Name = new("name", "Vorname Nachname.") { RequiredBy = Rules.MissingKey };
    public static readonly TextKey Role = new("role", "Funktion, z. B. Redaktion.");
    public static readonly TextKey Image = new("image", "Porträt, eine Datei neben der Profildatei.", ContentPath.Pattern);

    public static readonly KeySet Set = new("author", "Autorin oder Autor (content/authors/…)", [Name, Role, Image]);

    /// <summary>An English profile (<c>&lt;slug&gt;.en.md</c>): bio and role; the name and portrait are the German profile's.</summary>
    public static readonly KeySet TranslationSet = new("authorTranslation", "Übersetztes Autorenprofil (content/authors/…en.md)",
        [Name with { RequiredBy = null }, Role, Image]);
}
