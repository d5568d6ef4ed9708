using System.Buffers;
using System.Net;

namespace Dortmund.News.Content.Markdown;

/// <summary>
/// The text a visitor reads in rendered HTML: tags dropped (block tags and line breaks separate words,
/// inline tags do not: "Donau&lt;wbr&gt;dampfschiff" stays one word), an image's alt text kept,
/// entities decoded, whitespace collapsed. An article's plain text is this of its HTML, so the
/// catalogue can keep the body once (as HTML) and get the same text back from it. The HTML is
/// Markdig's or the sanitizer's, so a '&gt;' inside an attribute value always comes escaped.
/// </summary>
public static class HtmlText
{
    /// <summary>The text of <paramref name="html"/> as one line of words.</summary>
    public static string Of(string html)
    {
        // Never longer than the HTML: a tag gives at most one space or its alt text, an entity decodes to fewer characters.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            return TextOf(html, new CollapsedText(buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string TextOf(string html, CollapsedText text)
    {
        var rest = html.AsSpan();
        while (!rest.IsEmpty)
        {
            var tag = rest.IndexOf('<');
            text.AppendDecoded(tag < 0 ? rest : rest[..tag]);
            if (tag < 0)
                break;
            rest = rest[tag..];
            if (rest.StartsWith("<!--"))
            {
                var close = rest.IndexOf("-->");
                rest = close < 0 ? [] : rest[(close + 3)..];
                continue;
            }

            var end = rest.IndexOf('>');
            if (end < 0)
            {
                text.AppendDecoded(rest); // not a tag: a lone '<' in text
                break;
            }

            var inside = rest[1..end];
            var name = NameOf(inside);
            if (name.Equals("img", StringComparison.OrdinalIgnoreCase))
                text.AppendDecoded(AltOf(inside));
            else if (SeparatingTags.Contains(name))
                text.Append(" ");
            rest = rest[(end + 1)..];
        }

        return text.ToString();
    }

    private static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> tag)
    {
        var name = tag.TrimStart('/');
        var length = name.IndexOfAny(NameEnd);
        return length < 0 ? name : name[..length];
    }

    // The alt attribute's value as written (quoted with " by Markdig and the sanitizer), or nothing.
    private static ReadOnlySpan<char> AltOf(ReadOnlySpan<char> tag)
    {
        var at = tag.IndexOf(" alt=\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return [];
        var value = tag[(at + 6)..];
        var close = value.IndexOf('"');
        return close < 0 ? [] : value[..close];
    }

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\n\r/");

    // The whitespace CollapsedText collapses, but for the plain space.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create("\t\n\r\f\u00a0");

    // Elements that start a new block or line: their tags separate words. Every other tag is inline.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeparatingTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Text whose runs of whitespace (space, tab, line breaks, form feed, no-break space) become one space, none at either end.</summary>
    private struct CollapsedText(char[] buffer)
    {
        private readonly char[] _buffer = buffer;
        private int _length;
        private bool _pendingSpace;

        public void AppendDecoded(ReadOnlySpan<char> segment)
        {
            if (segment.Contains('&'))
                Append(WebUtility.HtmlDecode(segment.ToString()));
            else
                Append(segment);
        }

        public void Append(ReadOnlySpan<char> segment)
        {
            // Most text between tags is words with single spaces: it is copied as it is (two vectorized
            // searches prove that), four times faster than collapsing it (docs/performance.md, Decisions).
            if (segment.Length > 0 && segment[0] != ' ' && segment[^1] != ' '
                && segment.IndexOfAny(OtherWhitespace) < 0 && segment.IndexOf("  ", StringComparison.Ordinal) < 0)
            {
                if (_pendingSpace)
                    _buffer[_length++] = ' ';
                segment.CopyTo(_buffer.AsSpan(_length));
                (_length, _pendingSpace) = (_length + segment.Length, false);
                return;
            }

            AppendCollapsing(segment);
        }

        // Character by character (faster than searching for the next space: words are short), in locals.
        private void AppendCollapsing(ReadOnlySpan<char> segment)
        {
            var (buffer, length, pendingSpace) = (_buffer, _length, _pendingSpace);
            foreach (var c in segment)
            {
                if (c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' : c == '\u00a0')
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }

            (_length, _pendingSpace) = (length, pendingSpace);
        }

        public override readonly string ToString() => new(_buffer, 0, _length);
    }
}
