using Dortmund.News.Content.Articles;
using Dortmund.News.Web.Hosting;

namespace Dortmund.News.Web.Pages;

/// <summary>How pages show dates.</summary>
public static class SiteFormat
{
    /// <summary>A UTC moment as a German date in Dortmund time: "22. November 2026".</summary>
    public static string Date(DateTime utc) => Local(utc).ToString("d. MMMM yyyy", PagesExtensions.German);

    /// <summary>A UTC moment as ISO 8601 with Dortmund's offset, for &lt;time datetime&gt;.</summary>
    public static string IsoDate(DateTime utc) => Local(utc).ToString("yyyy-MM-ddTHH:mm:sszzz", PagesExtensions.German);

    private static DateTimeOffset Local(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), ArticleReader.SiteTimeZone);
}
