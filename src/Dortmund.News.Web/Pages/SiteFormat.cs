using System.Globalization;
using Dortmund.News.Content.Articles;
using Dortmund.News.Web.Localization;

namespace Dortmund.News.Web.Pages;

/// <summary>How pages show dates and numbers: in the page's language (<see cref="SiteLanguage.Current"/>) unless one is given.</summary>
public static class SiteFormat
{
    /// <summary>The default language's culture: German dates and numbers where no page decides (files made for every visitor).</summary>
    public static readonly CultureInfo German = SiteLanguage.German.Culture;

    /// <summary>A UTC moment as a date in Dortmund time: "22. November 2026", "22 November 2026".</summary>
    public static string Date(DateTime utc, SiteLanguage? language = null)
    {
        language ??= SiteLanguage.Current;
        return Local(utc).ToString(language.DateFormat, language.Culture);
    }

    /// <summary>A UTC moment as a date and time in Dortmund time: "22. November 2026, 10:00 Uhr", "22 November 2026, 10:00".</summary>
    public static string DateAndTime(DateTime utc)
    {
        var language = SiteLanguage.Current;
        return Local(utc).ToString(language.DateAndTimeFormat, language.Culture);
    }

    /// <summary>A UTC moment as ISO 8601 with Dortmund's offset, for &lt;time datetime&gt;.</summary>
    public static string IsoDate(DateTime utc) => Local(utc).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A count as the page's language writes it: "1.234", "1,234".</summary>
    public static string Count(int count) => count.ToString("N0", SiteLanguage.Current.Culture);

    /// <summary>A file size as readers expect it: "850 KB", "2,3 MB" / "2.3 MB" (binary units, as file managers count).</summary>
    public static string FileSize(long bytes)
    {
        var culture = SiteLanguage.Current.Culture;
        return bytes < 1024 * 1024
            ? Math.Max(1, (long)Math.Round(bytes / 1024.0, MidpointRounding.AwayFromZero)).ToString("N0", culture) + " KB"
            : (bytes / (1024.0 * 1024.0)).ToString("N1", culture) + " MB";
    }

    private static DateTimeOffset Local(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), ArticleReader.SiteTimeZone);
}
