using Dortmund.News.Content.Attachments;
using Dortmund.News.Content.Events;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Articles;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The front-matter keys of an article (Hugo's names where Hugo has one), read by <see cref="ArticleReader"/>.</summary>
public static class ArticleKeys
{
    public static readonly TextKey Title = new("title", "Überschrift des Artikels. Enthält sie einen Doppelpunkt, in \"…\" setzen.")
    {
        RequiredBy = Rules.MissingKey,
    };

    public static readonly DateKey Date = new("date",
        "Veröffentlichungszeitpunkt nach ISO 8601: 2026-11-12 oder 2026-11-12T10:00:00+01:00. Liegt er in der Zukunft, erscheint der Artikel "
        + "erst dann. Pflicht, außer der Datei- oder Ordnername beginnt mit dem Datum (2026-11-12-…).")
    {
        RequiredBy = Rules.MissingKey,
    };

    public static readonly DateKey LastModified = new("lastmod", "Datum der letzten inhaltlichen Änderung, Format wie date.");
    public static readonly DateKey Expires = new("expires", "Ablaufzeitpunkt, Format wie date: ab dann ist der Artikel nicht mehr veröffentlicht.");
    public static readonly DateKey ExpiryDate = new("expiryDate", "Hugos Name für expires.");
    public static readonly TextListKey Author = new("author", "Slug einer Autorendatei (jaeger für content/authors/jaeger.md) oder ein Name.");
    public static readonly TextListKey Authors = new("authors", "Autorinnen und Autoren als Liste: [jaeger]. Slugs aus content/authors/ oder Namen.");
    public static readonly TextKey Category = new("category", "Rubrik, z. B. Wirtschaftsförderung International.");
    public static readonly TextListKey Tags = new("tags", "Schlagworte als Liste: [Delegation, Japan].");
    public static readonly TextKey Summary = new("summary", "Anreißer für die Übersichten. Standard: der erste Absatz des Artikels.");
    public static readonly TextKey Slug = new("slug", "Teil der Adresse /artikel/<slug>. Standard: Ordner- bzw. Dateiname ohne Datumspräfix.");
    public static readonly TextListKey Aliases = new("aliases", "Alte Adressen des Artikels; sie leiten auf ihn weiter.");
    public static readonly FlagKey Draft = new("draft", "true = Entwurf: wird nicht veröffentlicht.");

    public static readonly TextKey Image = new("image", "Aufmacherbild, eine Datei neben dem Artikel, z. B. empfang-1.jpg.", ContentPath.Pattern);

    public static readonly GroupListKey Gallery = new("gallery",
        "Bildergalerie: Einträge mit src, caption und credit (Pflicht), alt (dringend empfohlen) und license.", GalleryKeys.Set);

    public static readonly TextKey Language = new("lang", "Sprache: de (Standard) oder en. Eine Übersetzung heißt index.en.md; lang muss dazu passen.");
    public static readonly TextKey TranslationKey = new("translationKey",
        "Verbindet Übersetzungen, die nicht im selben Ordner liegen: alle Sprachfassungen tragen denselben Schlüssel.");
    public static readonly TextKey Translator = new("translator", "Wer übersetzt hat; die Seite zeigt es als „Translated by …“.");
    public static readonly TextListKey Contacts = new("contacts", "Pressekontakte als Liste von Slugs aus content/contacts/. Standard: der Kontakt mit default: true.");
    public static readonly GroupKey Event = new("event", "Termin, den der Artikel ankündigt: start (Pflicht), end, location, address.", EventKeys.Set);

    public static readonly GroupListKey Attachments = new("attachments",
        "Dateien zum Herunterladen: Einträge mit src (Datei neben dem Artikel) und title (Linktext). Nur PDF, DOCX, XLSX, PPTX und ZIP.",
        AttachmentKeys.Set);

    public static readonly FlagKey Featured = new("featured", "true = Aufmacher auf der Startseite.");

    /// <summary>All of them; the order decides which key "did you mean" suggests first.</summary>
    public static readonly KeySet Set = new("article", "Artikel (content/articles/…)",
    [
        Title, Date, LastModified, Expires, ExpiryDate, Author, Authors, Category, Tags, Summary,
        Slug, Aliases, Draft, Image, Gallery, Language, Contacts, Event, Attachments, Featured, TranslationKey, Translator,
    ]);

    /// <summary>A translation's keys (<c>index.en.md</c>): the same, with gallery entries that may leave out what the original gives.</summary>
    public static readonly KeySet TranslationSet = Set with
    {
        Name = "articleTranslation",
        Title = "Übersetzung eines Artikels (content/articles/…/index.en.md)",
        Keys = Set.Keys.Select(k => k == Gallery ? Gallery with { Keys = GalleryKeys.TranslationSet } : k).ToList(),
    };
}
