using System.Globalization;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;

namespace Dortmund.News.Import.Posts;

/// <summary>A date of the old site, as the site's front matter writes it (ISO 8601, with the offset when the source had one).</summary>
public sealed record SourceDate(string Text, string Year)
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zz00", "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mm:ss Z", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss zz00",
    ];

    private static readonly string[] LocalFormats =
        ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <summary>Reads the date formats Hugo, Jekyll and WordPress write; null when the text is none (or not a real day).</summary>
    public static SourceDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim().Trim('"', '\'');
        // Jekyll writes offsets as +0100; .NET's zzz wants +01:00.
        var colonOffset = System.Text.RegularExpressions.Regex.Replace(text, @"([+-]\d{2})(\d{2})$", "$1:$2");
        foreach (var candidate in new[] { text, colonOffset })
        {
            if (DateTimeOffset.TryParseExact(candidate, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
                return Checked(withOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return Checked(local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return Checked(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>The date written from <paramref name="date"/> with its offset.</summary>
    public static SourceDate? From(DateTimeOffset date) => Checked(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    // What the site reads back must be a date it accepts (not Hugo's 0001-01-01 placeholder).
    private static SourceDate? Checked(string text) =>
        IsoDate.Parse(text, ArticleReader.SiteTimeZone).Outcome == DateOutcome.Date ? new SourceDate(text, text[..4]) : null;
}
