namespace Dortmund.News.Content.Events;

/// <summary>
/// The event an article announces (<c>event:</c>): a delegation visit, a trade fair. Times keep the offset the
/// editor wrote, which is the event's local time (a fair in Tokyo is written with +09:00).
/// </summary>
/// <param name="Start">When it begins.</param>
/// <param name="End">When it ends, if the editor says; never before <paramref name="Start"/>.</param>
/// <param name="Location">Where, as a name (<c>Westfalenhallen, Halle 3</c>).</param>
/// <param name="Address">The postal address, for calendars and maps.</param>
public sealed record ArticleEvent(DateTimeOffset Start, DateTimeOffset? End, string? Location, string? Address)
{
    /// <summary>When it is over: its end, else its start.</summary>
    public DateTimeOffset Until => End ?? Start;
}
