using System.Globalization;
using Dortmund.News.Content.Articles;

namespace Dortmund.News.Web.Pages;

/// <summary>How pages show dates and numbers.</summary>
public static class SiteFormat
{
    /// <summary>The site's one culture, for dates and numbers (and the request culture of every request).</summary>
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>A UTC moment as a German date in Dortmund time: "22. November 2026".</summary>
    public static string Date(DateTime utc) => Local(utc).ToString("d. MMMM yyyy", German);

    /// <summary>A UTC moment as a German date and time in Dortmund time: "22. November 2026, 10:00 Uhr".</summary>
    public static string DateAndTime(DateTime utc) => Local(utc).ToString("d. MMMM yyyy, HH:mm 'Uhr'", German);

    /// <summary>A UTC moment as ISO 8601 with Dortmund's offset, for &lt;time datetime&gt;.</summary>
    public static string IsoDate(DateTime utc) => Local(utc).ToString("yyyy-MM-ddTHH:mm:sszzz", German);

    /// <summary>A file size as German readers expect it: "850 KB", "2,3 MB" (binary units, as file managers count).</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? Math.Max(1, (long)Math.Round(bytes / 1024.0, MidpointRounding.AwayFromZero)).ToString("N0", German) + " KB"
        : (bytes / (1024.0 * 1024.0)).ToString("N1", German) + " MB";

    private static DateTimeOffset Local(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), ArticleReader.SiteTimeZone);
}
