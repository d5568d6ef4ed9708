using Dortmund.News.Content.Articles;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// The archive's month of a moment: year and month in Dortmund time, as yyyymm. Stored with each
/// article at sync time because SQLite knows no time zones, and an article published at 00:30 on
/// 1 January in Dortmund belongs to January although it is still December in UTC.
/// </summary>
public static class ArchiveMonth
{
    public static int Of(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, ArticleReader.SiteTimeZone);
        return local.Year * 100 + local.Month;
    }

    public static int Of(DateTime utc) => Of(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
