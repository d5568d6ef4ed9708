namespace Dortmund.News.Catalogue.Model;

/// <summary>The event an article announces: one row per article that has one.</summary>
public sealed class ArticleEventEntry
{
    public int ArticleId { get; set; }
    public DateTime StartUtc { get; set; }

    /// <summary>The offset the editor wrote for the start, in minutes: the event's local time, as pages show it.</summary>
    public int StartOffsetMinutes { get; set; }

    public DateTime? EndUtc { get; set; }
    public int? EndOffsetMinutes { get; set; }

    /// <summary>When it is over (its end, else its start): upcoming events are those not over yet.</summary>
    public DateTime UntilUtc { get; set; }

    public string? Location { get; set; }
    public string? Address { get; set; }
}
