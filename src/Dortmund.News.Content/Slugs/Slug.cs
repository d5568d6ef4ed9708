using System.Text;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Content.Slugs;

/// <summary>URL slugs in the German ASCII spelling (<see cref="GermanSpelling"/>): ä→ae, ö→oe, ü→ue, ß→ss, other diacritics dropped.</summary>
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
        // Letters that do not decompose into a base letter and a mark, but have an ASCII spelling.
        'æ' => "ae",
        'ø' => "o",
        'œ' => "oe",
        // Half of an emoji on its own is no text Normalize accepts, and no letter either (a tag "😀" threw here).
        _ when char.IsSurrogate(c) => "",
        _ => LettersAndDigits(GermanSpelling.Transliterate([c])),
    };

    // What is left of another script's letter (or a symbol) is no part of a URL.
    private static string LettersAndDigits(string spelled) =>
        string.Concat(spelled.Where(d => d is >= 'a' and <= 'z' or >= '0' and <= '9'));
}
