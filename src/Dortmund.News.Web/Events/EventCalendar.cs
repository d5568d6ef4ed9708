using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Content.Articles;
using Dortmund.News.Web.Discovery;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Dortmund.News.Web.Events;

/// <summary>
/// iCalendar (RFC 5545) for events, written by Ical.Net, which escapes the text and folds the lines. Each event
/// has a UID that stays with its article (its slug at the site's host), its article's last change as DTSTAMP and
/// LAST-MODIFIED, so the same catalogue gives the same bytes on every replica. A time whose offset is Dortmund's
/// at that moment is written in Europe/Berlin, with the zone's rules (VTIMEZONE), so calendars show it as the
/// editor wrote it; any other offset (a fair abroad) as UTC, since an offset names no zone whose rules could be written.
/// </summary>
public static class EventCalendar
{
    public const string MediaType = "text/calendar; charset=utf-8";

    private const string SiteZone = "Europe/Berlin";

    // Germany's summer time rules have stood since 1996.
    private static readonly DateTime RulesFrom = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Write(IReadOnlyList<CalendarEntry> entries, Uri baseUrl, string calendarName)
    {
        var calendar = new Calendar { ProductId = "-//Dortmund.News//Termine//DE" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", SiteZone);
        // The zone's rules from the first event on; Ical.Net takes them up to today, so never from a later moment.
        if (entries.Any(e => InSiteZone(e.Event.Start) || e.Event.End is { } end && InSiteZone(end)))
            calendar.AddTimeZone(SiteZone, new[] { entries.Min(e => e.Event.Start.UtcDateTime), RulesFrom }.Min().AddDays(-1), includeHistoricalData: false);
        foreach (var entry in entries)
            calendar.Events.Add(EventOf(entry, baseUrl));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent EventOf(CalendarEntry entry, Uri baseUrl)
    {
        var happening = entry.Event;
        var updated = new CalDateTime(DateTime.SpecifyKind(entry.UpdatedUtc, DateTimeKind.Utc).AddTicks(-(entry.UpdatedUtc.Ticks % TimeSpan.TicksPerSecond)), "UTC");
        var calendarEvent = new CalendarEvent
        {
            Uid = $"artikel-{entry.Slug}@{baseUrl.Host}",
            Summary = entry.Title,
            Description = entry.Summary,
            Url = new Uri(FeedDocuments.Absolute(baseUrl, FeedDocuments.ArticlePath(entry.Slug))),
            DtStart = Moment(happening.Start),
            DtEnd = happening.End is { } end ? Moment(end) : null,
            DtStamp = updated,
            LastModified = updated,
        };
        var place = string.Join(", ", new[] { happening.Location, happening.Address }.OfType<string>());
        if (place.Length > 0)
            calendarEvent.Location = place;
        return calendarEvent;
    }

    private static CalDateTime Moment(DateTimeOffset moment) => InSiteZone(moment)
        ? new CalDateTime(moment.DateTime, SiteZone, hasTime: true)
        : new CalDateTime(moment.UtcDateTime, "UTC", hasTime: true);

    private static bool InSiteZone(DateTimeOffset moment) => ArticleReader.SiteTimeZone.GetUtcOffset(moment) == moment.Offset;
}
