using System.Buffers;
using System.Net;

namespace Dortmund.News.Content.Markdown;

/// <summary>
/// The text a visitor reads in rendered HTML: tags dropped (block tags and line breaks separate words,
/// inline formatting does not), entities decoded, whitespace collapsed. An article's plain text is this
/// of its HTML, so the catalogue can keep the body once (as HTML) and get the same text back from it.
/// </summary>
public static class HtmlText
{
    /// <summary>The text of <paramref name="html"/> as one line of words.</summary>
    public static string Of(string html)
    {
        // Never longer than the HTML: a tag gives at most one space, an entity decodes to fewer characters.
        var text = new CollapsedText(html.Length);
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
                break;
            if (!IsInline(rest[1..end]))
                text.Append(" ");
            rest = rest[(end + 1)..];
        }

        return text.ToString();
    }

    // "<em>", "</strong>", "<a href=…>": formatting inside a run of text, which may sit inside a word.
    private static bool IsInline(ReadOnlySpan<char> tag)
    {
        var name = tag.TrimStart('/');
        var length = name.IndexOfAny(NameEnd);
        return InlineTags.Contains(length < 0 ? name : name[..length]);
    }

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\n\r/");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Text whose runs of whitespace become one space, none at either end.</summary>
    private struct CollapsedText(int capacity)
    {
        private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r\f\u00a0");
        private readonly char[] _buffer = new char[capacity];
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
            while (!segment.IsEmpty)
            {
                var space = segment.IndexOfAny(Whitespace);
                var word = space < 0 ? segment : segment[..space];
                if (!word.IsEmpty)
                {
                    if (_pendingSpace)
                        _buffer[_length++] = ' ';
                    _pendingSpace = false;
                    word.CopyTo(_buffer.AsSpan(_length));
                    _length += word.Length;
                }

                if (space < 0)
                    break;
                _pendingSpace = _length > 0;
                segment = segment[(space + 1)..];
            }
        }

        public override readonly string ToString() => new(_buffer, 0, _length);
    }
}
