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
    /// The texts <see cref="Parse"/> reads, as a regular expression without anchors (for the editors' schema), made from the
    /// same formats. Days a month lacks (2026-02-30) and the range's edges only the parser tells.
    /// </summary>
    public static string Pattern => Alternatives(OffsetFormats.Concat(LocalFormats));

    /// <summary>The texts <see cref="ParseWithOffset"/> reads, as <see cref="Pattern"/> does for <see cref="Parse"/>.</summary>
    public static string MomentPattern => Alternatives(OffsetFormats);

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

    private static string Alternatives(IEnumerable<string> formats) => "(?:" + string.Join('|', formats.Select(FormatPattern)) + ")";

    // The custom format specifiers the formats above use, and what each reads.
    private static readonly (string Specifier, string Pattern)[] Specifiers =
    [
        ("yyyy", "[0-9]{4}"), ("MM", "(?:0[1-9]|1[0-2])"), ("dd", "(?:0[1-9]|[12][0-9]|3[01])"), ("HH", "(?:[01][0-9]|2[0-3])"),
        ("mm", "[0-5][0-9]"), ("ss", "[0-5][0-9]"), (".FFFFFFF", "(?:\\.[0-9]{1,7})?"), ("zzz", "[+-](?:(?:0?[0-9]|1[0-3]):?[0-5][0-9]|14:?00)"),
    ];

    private static string FormatPattern(string format)
    {
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length;)
        {
            if (Specifiers.FirstOrDefault(s => string.CompareOrdinal(format, i, s.Specifier, 0, s.Specifier.Length) == 0) is { Specifier: not null } known)
            {
                pattern.Append(known.Pattern);
                i += known.Specifier.Length;
            }
            else if (format[i] is 'T' or 'Z' or '-' or ':' or ' ')
                pattern.Append(format[i++]);
            else
                throw new InvalidOperationException($"date format '{format}': no pattern for '{format[i]}'; add it to {nameof(Specifiers)}");
        }

        return pattern.ToString();
    }

    private static DateReading InRange(DateTimeOffset date) =>
        date < Earliest || date > Latest ? new DateReading(DateOutcome.OutOfRange, null) : new DateReading(DateOutcome.Date, date);

    // DateTimeOffset's parser says only "no" when the offset pushes year 1 or 9999 out of range in UTC;
    // the same text in an ordinary year tells a typo from a date out of range.
    private static bool IsWellFormedAtTheEdges(string text) =>
        (text.StartsWith("0001-", StringComparison.Ordinal) || text.StartsWith("9999-", StringComparison.Ordinal))
        && DateTimeOffset.TryParseExact("2001" + text[4..], OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
}
