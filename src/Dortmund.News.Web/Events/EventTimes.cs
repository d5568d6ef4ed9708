using System.Globalization;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Content.Articles;
using Dortmund.News.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dortmund.News.Web.Events;

/// <summary>
/// When an event is, as the page's readers expect it: "Dienstag, 1. Dezember 2026, 10:00–16:00 Uhr",
/// "Tuesday, 1 December 2026, 10:00–16:00". Times are the event's local time as the editor wrote them; where that
/// is not Dortmund's, the offset is named.
/// </summary>
public static class EventTimes
{
    public static string Of(EventView happening, IStringLocalizer<SiteText> text)
    {
        var language = SiteLanguage.Current;
        var (start, end) = (happening.Start, happening.End);
        var clock = language.ClockSuffix;
        var when = end is null ? $"{Day(start, language)}, {Time(start)}{clock}"
            : end.Value.Date == start.Date && end.Value.Offset == start.Offset ? $"{Day(start, language)}, {Time(start)}–{Time(end.Value)}{clock}"
            : text["Event.Span", $"{Day(start, language)}, {Time(start)}{clock}", $"{Day(end.Value, language)}, {Time(end.Value)}{clock}"].Value;
        return IsDortmundTime(start) && (end is null || IsDortmundTime(end.Value)) ? when : text["Event.LocalTime", when, Offset(start)];
    }

    /// <summary>The moment for <c>&lt;time datetime&gt;</c>, with the offset written.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset moment, SiteLanguage language) => moment.ToString(language.DayFormat, language.Culture);

    private static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Offset(DateTimeOffset moment) =>
        (moment.Offset < TimeSpan.Zero ? "−" : "+") + moment.Offset.Duration().ToString(moment.Offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);

    private static bool IsDortmundTime(DateTimeOffset moment) => ArticleReader.SiteTimeZone.GetUtcOffset(moment) == moment.Offset;
}
