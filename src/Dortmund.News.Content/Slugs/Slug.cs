using System.Globalization;
using System.Text;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Content.Slugs;

/// <summary>URL slugs with German transliteration: ä→ae, ö→oe, ü→ue, ß→ss, other diacritics dropped.</summary>
public static class Slug
{
    /// <summary>Lowercase ASCII letters and digits separated by single hyphens; empty when nothing is left.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // Normalize throws on a lone surrogate; XmlSafeText replaces it first.
        foreach (var c in XmlSafeText.Clean(text).Normalize(NormalizationForm.FormC))
        {
            var piece = Transliterate(char.ToLowerInvariant(c));
            if (piece.Length == 0)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
                builder.Append('-');
            builder.Append(piece);
            pendingHyphen = false;
        }

        return builder.ToString();
    }

    private static string Transliterate(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'æ' => "ae",
        'ø' => "o",
        'œ' => "oe",
        _ => WithoutDiacritics(c),
    };

    private static string WithoutDiacritics(char c)
    {
        // Half of an emoji on its own is no text Normalize accepts, and no letter either (a tag "😀" threw here).
        if (char.IsSurrogate(c))
            return "";
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(d => d is >= 'a' and <= 'z' or >= '0' and <= '9'
                                         && CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
        return string.Concat(kept);
    }
}
