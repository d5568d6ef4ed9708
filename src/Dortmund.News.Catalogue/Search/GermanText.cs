using System.Buffers;
using System.Globalization;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// Finds words the way the FTS tokenizer does. The tokenizer folds case and strips diacritics
/// ("Förderung" → "forderung"); the ASCII spellings Germans type without umlaut keys
/// ("foerderung", "strasse") are <see cref="GermanSpelling"/>'s, the same as in slugs.
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
