using System.Buffers;

namespace Dortmund.News.Content.Text;

/// <summary>
/// Characters XML 1.0 cannot carry: C0 controls other than tab, CR and LF, U+FFFE, U+FFFF and lone
/// surrogates. One of them in a title made every feed and sitemap fail to write, so content text
/// never keeps them.
/// </summary>
public static class XmlSafeText
{
    private static readonly SearchValues<char> Suspects = SearchValues.Create(SuspectChars());

    /// <summary>Index of the first character XML cannot carry, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (true)
        {
            var found = text[from..].IndexOfAny(Suspects);
            if (found < 0)
                return -1;
            var at = from + found;
            if (!IsPairAt(text, at))
                return at;
            from = at + 2;
        }
    }

    /// <summary>
    /// The text with each such character replaced in place, so lines and columns stay where the editor
    /// sees them: a control character by a space (Word's U+000B is a line break), anything else by U+FFFD.
    /// Returns the same instance when there is nothing to replace.
    /// </summary>
    public static string Clean(string text) => Clean(text, out _);

    /// <inheritdoc cref="Clean(string)"/>
    /// <param name="text">The text to clean.</param>
    /// <param name="replaced">How many characters were replaced.</param>
    public static string Clean(string text, out int replaced)
    {
        replaced = 0;
        var first = IndexOfInvalid(text);
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsPairAt(chars, i))
            {
                i++;
                continue;
            }

            if (!IsInvalid(chars[i]))
                continue;
            chars[i] = char.IsControl(chars[i]) ? ' ' : '\uFFFD';
            replaced++;
        }

        return new string(chars);
    }

    private static bool IsPairAt(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);

    private static bool IsInvalid(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static string SuspectChars()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < '\u0020'; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
                chars.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
            chars.Add(c);
        chars.Add('\uFFFE');
        chars.Add('\uFFFF');
        return new string([.. chars]);
    }
}
