using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Events;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>An article's event as pages show it: times in the offset the editor wrote (the event's local time).</summary>
public sealed record EventView(DateTimeOffset Start, DateTimeOffset? End, string? Location, string? Address)
{
    /// <summary>When it is over: its end, else its start.</summary>
    public DateTimeOffset Until => End ?? Start;

    internal static EventView Of(ArticleEventEntry row) => new(
        At(row.StartUtc, row.StartOffsetMinutes),
        row.EndUtc is { } end ? At(end, row.EndOffsetMinutes ?? 0) : null,
        row.Location, row.Address);

    private static DateTimeOffset At(DateTime utc, int offsetMinutes) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    /// <summary>The same event as the content library reads it.</summary>
    public ArticleEvent ToArticleEvent() => new(Start, End, Location, Address);
}

/// <summary>An event with the article announcing it: a line of the calendar pages and an entry of the subscribable calendar.</summary>
/// <param name="UpdatedUtc">The article's last change: the calendar entry's time stamp.</param>
public sealed record CalendarEntry(string Slug, string Title, string Summary, DateTime UpdatedUtc, EventView Event);
