using System.Globalization;
using System.Text;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// How search sees German words. The FTS tokenizer already folds case and strips diacritics
/// ("Förderung" → "forderung"); this adds the ASCII spellings Germans type without umlaut keys
/// ("foerderung", "strasse"), and finds words the same way the tokenizer does.
/// </summary>
internal static class GermanText
{
    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, as the unicode61 tokenizer sees them.</summary>
    public static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text, i);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>The word (run of word characters) containing the character at <paramref name="index"/>, as [start, end).</summary>
    public static (int Start, int End) WordAround(string text, int index)
    {
        var start = index;
        while (start > 0 && IsWordChar(text, start - 1))
            start--;
        var end = index + 1;
        while (end < text.Length && IsWordChar(text, end))
            end++;
        return (start, end);
    }

    /// <summary>Lowercase with ä→ae, ö→oe, ü→ue, ß→ss, other diacritics removed: "Straße" → "strasse".</summary>
    public static string Transliterate(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length + 4);
        var ascii = true;
        foreach (var original in word)
        {
            var c = char.ToLowerInvariant(original);
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    ascii &= char.IsAscii(c);
                    builder.Append(c);
                    break;
            }
        }

        return ascii ? builder.ToString() : Strip(builder.ToString());
    }

    /// <summary>Lowercase with diacritics removed, as the tokenizer indexes it: "Förderung" → "forderung".</summary>
    public static string Strip(string word)
    {
        var lower = word.ToLowerInvariant();
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

    /// <summary>True for words whose ASCII spelling differs from the tokenizer's folding: those with ä, ö, ü or ß.</summary>
    public static bool NeedsTransliteration(string word) =>
        word.AsSpan().IndexOfAny("äöüßÄÖÜẞ") >= 0;

    // Letters, digits and the combining marks inside words, as FTS5's unicode61 tokenizer sees them.
    // Surrogate pairs (emoji, rare scripts) separate words: a visitor's emoji is never a search term.
    private static bool IsWordChar(string text, int index) =>
        char.IsAscii(text[index])
            ? char.IsAsciiLetterOrDigit(text[index])
            : char.GetUnicodeCategory(text[index]) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
