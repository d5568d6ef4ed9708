using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Articles;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The keys of one gallery entry under an article's <c>gallery:</c>.</summary>
public static class GalleryKeys
{
    public static readonly TextKey Source = new("src", "Bilddatei neben dem Artikel, z. B. empfang-1.jpg.", ContentPath.Pattern)
    {
        RequiredBy = Rules.MissingKey,
    };

    public static readonly TextKey Caption = new("caption", "Bildunterschrift.") { RequiredBy = Rules.NoCaption };
    public static readonly TextKey Credit = new("credit", "Bildnachweis, erscheint als „Foto: …“, z. B. WF DO / Jäger.") { RequiredBy = Rules.NoCredit };
    public static readonly TextKey Alt = new("alt", "Was auf dem Bild zu sehen ist, für Screenreader (ohne: die Bildunterschrift).");

    public static readonly TextKey License = new("license", "Eigene Nutzungsbedingungen des Fotos; ohne gilt die Standardlizenz der Website.")
    {
        BlankRule = Rules.BadValue,
    };

    public static readonly KeySet Set = new("galleryEntry", "Galeriebild", [Source, Caption, Credit, Alt, License]);

    /// <summary>
    /// A translation's entry (<c>index.en.md</c>): it names a photo of its original by <c>src</c> and may give its own
    /// caption and alt; credit and licence are the original's, so nothing but <c>src</c> is required.
    /// </summary>
    public static readonly KeySet TranslationSet = new("galleryEntryTranslation", "Galeriebild einer Übersetzung",
        [Source, Caption with { RequiredBy = null }, Credit with { RequiredBy = null }, Alt, License]);
}
