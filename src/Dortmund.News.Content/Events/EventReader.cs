using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Events;

/// <summary>Reads an article's <c>event:</c> group: <c>start</c>, <c>end</c>, <c>location</c>, <c>address</c>.</summary>
public static class EventReader
{
    /// <summary>The keys an event may have (declared in <see cref="EventKeys"/>).</summary>
    public static IReadOnlyList<string> Keys => EventKeys.Set.Names;

    /// <summary>The event under <c>event:</c> in <paramref name="map"/>; null when there is none or it has errors (reported).</summary>
    public static ArticleEvent? Read(FrontMatterMap map, ProblemList problems)
    {
        if (map.Map(ArticleKeys.Event) is not { } entry)
            return null;
        ArticleReader.WarnAboutUnknownKeys(entry, Keys, problems);
        var start = TimeOf(entry, EventKeys.Start, problems);
        var end = TimeOf(entry, EventKeys.End, problems);
        if (!entry.Has(EventKeys.Start))
            problems.Add(EventKeys.Start.RequiredBy!, entry.Start, "the event has no 'start': add 'start: 2026-12-01T10:00:00+01:00'");
        if (start is { } from && end is { } to && to < from)
        {
            problems.Add(Rules.EventEndsBeforeStart, entry.PositionOf(EventKeys.End),
                $"the event ends ({to:yyyy-MM-dd'T'HH:mm:sszzz}) before it starts ({from:yyyy-MM-dd'T'HH:mm:sszzz})");
            return null;
        }

        return start is null || (entry.Has(EventKeys.End) && end is null)
            ? null
            : new ArticleEvent(start.Value, end, entry.Text(EventKeys.Location), entry.Text(EventKeys.Address));
    }

    // A date with a time and an offset: a date alone or a time without offset would leave the moment to guess.
    private static DateTimeOffset? TimeOf(FrontMatterMap entry, MomentKey declared, ProblemList problems)
    {
        var key = declared.Name;
        if (!entry.Has(key))
            return null;
        var text = entry.Text(declared);
        var reading = text is null ? DateReading.NotADate : IsoDate.ParseWithOffset(text);
        if (reading is { Outcome: DateOutcome.Date, Date: { } moment })
            return moment;
        var example = $"write '{key}: 2026-12-01T10:00:00+01:00' (date, time and offset; +02:00 in summer)";
        problems.Add(Rules.EventTime, entry.PositionOf(key), reading.Outcome == DateOutcome.OutOfRange
            ? $"event '{key}' {text} is out of range: {IsoDate.RangeHint}"
            : text is not null && IsoDate.Parse(text, ArticleReader.SiteTimeZone).Outcome == DateOutcome.Date
                ? $"event '{key}' {text} has no time or no offset: {example}"
                : $"event '{key}' is not a date and time: {example}");
        return null;
    }
}
