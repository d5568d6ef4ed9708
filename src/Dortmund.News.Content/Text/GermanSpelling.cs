using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dortmund.News.Content.Text;

/// <summary>
/// How German is written without umlaut keys — ä→ae, ö→oe, ü→ue, ß→ss, other diacritics dropped —
/// the one spelling URL slugs and search both use ("Straße" is found as "strasse" and lives at
/// <c>/artikel/strasse</c>).
/// </summary>
public static class GermanSpelling
{
    /// <summary>The letters whose ASCII spelling is not the letter without its diacritic.</summary>
    public static readonly SearchValues<char> Umlauts = SearchValues.Create("äöüßÄÖÜẞ");

    /// <summary>The ASCII spelling of a lowercase ä, ö, ü or ß; null for any other character.</summary>
    public static string? AsciiOf(char lowercase) => lowercase switch
    {
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        _ => null,
    };

    /// <summary>
    /// Lowercase with ä→ae, ö→oe, ü→ue, ß→ss and other diacritics removed: "Straße" → "strasse",
    /// "Café" → "cafe". Letters of other scripts are kept.
    /// </summary>
    public static string Transliterate(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 4);
        var ascii = true;
        foreach (var original in text)
        {
            var c = char.ToLowerInvariant(original);
            if (AsciiOf(c) is { } spelled)
            {
                builder.Append(spelled);
                continue;
            }

            ascii &= char.IsAscii(c);
            builder.Append(c);
        }

        return ascii ? builder.ToString() : WithoutDiacritics(builder.ToString());
    }

    /// <summary>Lowercase with all diacritics removed, umlauts included: "Förderung" → "forderung".</summary>
    public static string WithoutDiacritics(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.All(char.IsAscii))
            return lower;
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether <paramref name="text"/> has an ä, ö, ü or ß, whose ASCII spelling differs from dropping the diacritic.</summary>
    public static bool HasUmlaut(ReadOnlySpan<char> text) => text.IndexOfAny(Umlauts) >= 0;
}
