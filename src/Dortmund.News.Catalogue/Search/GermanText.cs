using System.Buffers;
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
        for (var word = NextWord(text, 0); word.Length > 0; word = NextWord(text, word.Start + word.Length))
            yield return word;
    }

    /// <summary>The first word at or after <paramref name="from"/>; its length is 0 when there is none.</summary>
    public static (int Start, int Length) NextWord(string text, int from)
    {
        // Vectorized over ASCII runs (most of a German text); a non-ASCII character is looked at one by one.
        var span = text.AsSpan();
        var start = from;
        while (true)
        {
            var skipped = span[start..].IndexOfAnyExcept(AsciiNonWordChars);
            if (skipped < 0)
                return (text.Length, 0);
            start += skipped;
            if (IsWordChar(text[start]))
                break;
            start++;
        }

        var end = start + 1;
        while (end < text.Length)
        {
            var run = span[end..].IndexOfAnyExcept(AsciiWordChars);
            end = run < 0 ? text.Length : end + run;
            if (end == text.Length || !IsWordChar(text[end]))
                break;
            end++;
        }

        return (start, end - start);
    }

    /// <summary>The word (run of word characters) containing the character at <paramref name="index"/>, as [start, end).</summary>
    public static (int Start, int End) WordAround(string text, int index)
    {
        var start = index;
        while (start > 0 && IsWordChar(text[start - 1]))
            start--;
        var end = index + 1;
        while (end < text.Length && IsWordChar(text[end]))
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
    public static bool NeedsTransliteration(ReadOnlySpan<char> word) => word.IndexOfAny(Umlauts) >= 0;

    /// <summary>The letters whose ASCII spelling differs from the tokenizer's folding.</summary>
    public static readonly SearchValues<char> Umlauts = SearchValues.Create("äöüßÄÖÜẞ");

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiNonWordChars =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c)).ToArray());

    /// <summary>
    /// Letters, digits and the combining marks inside words, as FTS5's unicode61 tokenizer sees them.
    /// Surrogate pairs (emoji, rare scripts) separate words: a visitor's emoji is never a search term.
    /// </summary>
    public static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
