using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Content.Articles;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Events;

/// <summary>
/// When an event is, in German as readers expect it: "Dienstag, 1. Dezember 2026, 10:00–16:00 Uhr". Times are the
/// event's local time as the editor wrote them; where that is not Dortmund's, the offset is named.
/// </summary>
public static class EventTimes
{
    public static string Of(EventView happening)
    {
        var (start, end) = (happening.Start, happening.End);
        var text = end is null ? $"{Day(start)}, {Time(start)} Uhr"
            : end.Value.Date == start.Date && end.Value.Offset == start.Offset ? $"{Day(start)}, {Time(start)}–{Time(end.Value)} Uhr"
            : $"{Day(start)}, {Time(start)} Uhr bis {Day(end.Value)}, {Time(end.Value)} Uhr";
        return IsDortmundTime(start) && (end is null || IsDortmundTime(end.Value)) ? text : $"{text} (Ortszeit, UTC{Offset(start)})";
    }

    /// <summary>The moment for <c>&lt;time datetime&gt;</c>, with the offset written.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:sszzz", SiteFormat.German);

    private static string Day(DateTimeOffset moment) => moment.ToString("dddd, d. MMMM yyyy", SiteFormat.German);

    private static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", SiteFormat.German);

    private static string Offset(DateTimeOffset moment) =>
        (moment.Offset < TimeSpan.Zero ? "−" : "+") + moment.Offset.Duration().ToString(moment.Offset.Minutes == 0 ? "%h" : @"h\:mm", SiteFormat.German);

    private static bool IsDortmundTime(DateTimeOffset moment) => ArticleReader.SiteTimeZone.GetUtcOffset(moment) == moment.Offset;
}
