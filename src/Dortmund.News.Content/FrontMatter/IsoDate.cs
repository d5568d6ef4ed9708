using System.Globalization;

namespace Dortmund.News.Content.FrontMatter;

/// <summary>What a date text turned out to be.</summary>
public enum DateOutcome
{
    /// <summary>A date the site can use.</summary>
    Date,
    /// <summary>Not an ISO 8601 date or date-time.</summary>
    NotADate,
    /// <summary>A well-formed date too close to year 1 or year 9999 to be shown in every time zone.</summary>
    OutOfRange,
}

/// <summary>The outcome of reading a date text; <see cref="Date"/> is set only for <see cref="DateOutcome.Date"/>.</summary>
public readonly record struct DateReading(DateOutcome Outcome, DateTimeOffset? Date)
{
    /// <summary>A text that is no date at all.</summary>
    public static readonly DateReading NotADate = new(DateOutcome.NotADate, null);
}

/// <summary>ISO 8601 dates as editors write them.</summary>
public static class IsoDate
{
    // A day away from DateTimeOffset's ends, so converting to any time zone (the archive's, the pages')
    // stays representable: Hugo's placeholder 0001-01-01 in Dortmund time is before year 1 in UTC.
    private static readonly DateTimeOffset Earliest = DateTimeOffset.MinValue.AddDays(1);
    private static readonly DateTimeOffset Latest = DateTimeOffset.MaxValue.AddDays(-1);

    /// <summary>What to tell an editor whose date is out of range.</summary>
    public const string RangeHint = "a date must lie between 0001-01-02 and 9999-12-30 in UTC (Hugo's 0001-01-01 is a placeholder, not a date)";

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ"];

    /// <summary>
    /// Reads an ISO 8601 date (midnight in <paramref name="zone"/>) or date-time (with offset, or in
    /// <paramref name="zone"/> without one).
    /// </summary>
    public static DateReading Parse(string text, TimeZoneInfo zone)
    {
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return InRange(withOffset);

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var offset = zone.GetUtcOffset(local);
            var utcTicks = local.Ticks - offset.Ticks;
            return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks
                ? new DateReading(DateOutcome.OutOfRange, null)
                : InRange(new DateTimeOffset(local, offset));
        }

        return IsWellFormedAtTheEdges(text) ? new DateReading(DateOutcome.OutOfRange, null) : DateReading.NotADate;
    }

    /// <summary>Reads an ISO 8601 date-time with an offset (or Z); a date alone or a time without offset is no date here.</summary>
    public static DateReading ParseWithOffset(string text) =>
        DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset)
            ? InRange(withOffset)
            : IsWellFormedAtTheEdges(text) ? new DateReading(DateOutcome.OutOfRange, null) : DateReading.NotADate;

    private static DateReading InRange(DateTimeOffset date) =>
        date < Earliest || date > Latest ? new DateReading(DateOutcome.OutOfRange, null) : new DateReading(DateOutcome.Date, date);

    // DateTimeOffset's parser says only "no" when the offset pushes year 1 or 9999 out of range in UTC;
    // the same text in an ordinary year tells a typo from a date out of range.
    private static bool IsWellFormedAtTheEdges(string text) =>
        (text.StartsWith("0001-", StringComparison.Ordinal) || text.StartsWith("9999-", StringComparison.Ordinal))
        && DateTimeOffset.TryParseExact("2001" + text[4..], OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
}
