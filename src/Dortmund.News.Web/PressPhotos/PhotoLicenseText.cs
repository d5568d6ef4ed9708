using System.Text;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// <c>LIZENZ.txt</c>, the text beside the photos in an article's ZIP: the terms, and for each photo its file,
/// caption, credit line and licence — for whoever opens the folder long after the page is closed.
/// Windows line ends, as most recipients open it in Notepad.
/// </summary>
public static class PhotoLicenseText
{
    public static string For(PressPhotoArticle article, IReadOnlyList<PressPhoto> photos, string articleUrl, string? termsUrl)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append("\r\n");

        Line($"Fotos zum Artikel „{article.Title}“");
        Line($"{articleUrl} (veröffentlicht am {SiteFormat.Date(article.PublishedUtc, SiteLanguage.German)})");
        Line();
        Line("Die Rechte stehen auch in jeder Bilddatei (IPTC und XMP: Bildnachweis, Urheberrechtshinweis, Bildunterschrift, Nutzungsbedingungen).");
        Line("Bei jeder Veröffentlichung ist der Bildnachweis so zu nennen, wie er unten steht.");
        if (termsUrl is not null)
            Line($"Bildrechte und Nutzungsbedingungen: {termsUrl}");
        foreach (var photo in photos)
        {
            Line();
            Line(photo.FileName);
            Line($"  Bildunterschrift: {photo.Rights.Caption}");
            Line($"  Bildnachweis: {photo.Rights.CreditLine}");
            Line($"  Urheberrechtshinweis: {photo.Rights.CopyrightNotice}");
            Line($"  Nutzung: {photo.Rights.UsageTerms}");
        }

        return text.ToString();
    }
}
