using System.Text;

namespace Dortmund.News.Web.Press;

/// <summary>
/// Writes one vCard 4.0 (RFC 6350): text values escaped (backslash, comma, line breaks; the semicolon too
/// in compound values such as <c>ORG</c>, where it separates the parts), URI values as they are, every line
/// ended by CRLF and folded at 75 octets of UTF-8 without splitting a character (3.2, 3.4).
/// </summary>
public sealed class VCard
{
    public const string MediaType = "text/vcard";

    /// <summary>Longest line in octets, without its CRLF; a continuation line spends one of them on its leading space.</summary>
    public const int MaxLineOctets = 75;

    private readonly StringBuilder _text = new();

    public VCard()
    {
        Line("BEGIN:VCARD");
        Line("VERSION:4.0");
    }

    /// <summary>A property with a text value, e.g. <c>Text("FN", "Anna Albers")</c>; <paramref name="nameAndParameters"/> is written as given.</summary>
    public VCard Text(string nameAndParameters, string value) => Line($"{nameAndParameters}:{Escape(value, semicolon: false)}");

    /// <summary>A property whose value has parts separated by semicolons (<c>ORG</c>, <c>N</c>, <c>ADR</c>): each part escaped.</summary>
    public VCard Compound(string nameAndParameters, params IEnumerable<string> parts) =>
        Line($"{nameAndParameters}:{string.Join(';', parts.Select(p => Escape(p, semicolon: true)))}");

    /// <summary>A property with a URI value (<c>URL</c>, <c>TEL;VALUE=uri</c>), written as it is: a URI has no line breaks to escape.</summary>
    public VCard Uri(string nameAndParameters, string uri) =>
        uri.AsSpan().IndexOfAny('\r', '\n') >= 0 ? throw new ArgumentException("A URI has no line breaks.", nameof(uri)) : Line($"{nameAndParameters}:{uri}");

    /// <summary>The finished vCard.</summary>
    public override string ToString() => _text + "END:VCARD\r\n";

    /// <summary>RFC 6350 3.4: backslash, comma and line breaks always; the semicolon in compound values.</summary>
    public static string Escape(string value, bool semicolon)
    {
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': text.Append(@"\\"); break;
                case ',': text.Append(@"\,"); break;
                case ';' when semicolon: text.Append(@"\;"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': text.Append(@"\n"); break;
                default: text.Append(value[i]); break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// RFC 6350 3.2: a line longer than 75 octets continues on the next, which starts with a space; a
    /// character's UTF-8 bytes stay on one line (an emoji's surrogate pair is one character here).
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        return folded.Append("\r\n").ToString();
    }

    private VCard Line(string line)
    {
        _text.Append(Fold(line));
        return this;
    }
}
