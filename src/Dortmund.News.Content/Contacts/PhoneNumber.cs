namespace Dortmund.News.Content.Contacts;

/// <summary>
/// A telephone number in international notation, as the editor wrote it (shown) and in its E.164 form
/// (<c>+4923112345</c>, for <c>tel:</c> links and vCards, which a phone dials from anywhere).
/// </summary>
/// <param name="Written">As written, e.g. <c>+49 231 123 45-67</c>.</param>
/// <param name="E164">A plus and the digits only, e.g. <c>+492311234567</c>.</param>
public sealed record PhoneNumber(string Written, string E164)
{
    /// <summary>E.164 allows at most 15 digits; fewer than 7 is no dialable number.</summary>
    private const int MaxDigits = 15;
    private const int MinDigits = 7;

    /// <summary>
    /// The notation <see cref="Parse"/> reads, as far as a pattern can tell (for the editors' schema): a plus, then digits and
    /// separators. The number of digits and the 0 after +49 only <see cref="Parse"/> checks.
    /// </summary>
    public const string NotationPattern = @"\+[0-9 ()./-]+";

    /// <summary>The number as a <c>tel:</c> URI (RFC 3966, global number).</summary>
    public string Uri => "tel:" + E164;

    /// <summary>
    /// Reads a number in international notation: <c>+</c>, the country code and the number, with spaces,
    /// hyphens, slashes, dots or brackets between the digits (DIN 5008: <c>+49 231 12345-67</c>); a
    /// <c>(0)</c> after the country code is dropped. Null with the reason when it is not such a number.
    /// </summary>
    public static PhoneNumber? Parse(string written, out string? problem)
    {
        var text = written.Trim();
        var letter = text.FirstOrDefault(char.IsLetter);
        if (letter != default)
        {
            problem = $"contains the letter '{letter}': write only the number, e.g. +49 231 1234567";
            return null;
        }

        var digits = new System.Text.StringBuilder();
        var rest = text.Replace("(0)", " ", StringComparison.Ordinal);
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (c == '+' && i == 0)
                continue;
            else if (c is not (' ' or '-' or '/' or '.' or '(' or ')'))
            {
                problem = $"contains '{c}': write only digits, spaces and + - / ( ), e.g. +49 231 1234567";
                return null;
            }
        }

        if (!text.StartsWith('+'))
        {
            problem = text.StartsWith("00", StringComparison.Ordinal)
                ? $"write the country code with '+': +{text[2..].TrimStart()}"
                : text.StartsWith('0')
                    ? $"write it with the country code (+49 {text[1..].TrimStart()}), so it can be dialled from abroad"
                    : "write it in international notation, starting with + and the country code, e.g. +49 231 1234567";
            return null;
        }

        var number = digits.ToString();
        if (number.Length is < MinDigits or > MaxDigits || number[0] == '0')
        {
            problem = $"has {number.Length} digits after the '+': an international number has a country code (not starting with 0) and {MinDigits} to {MaxDigits} digits in all";
            return null;
        }

        if (number.StartsWith("490", StringComparison.Ordinal))
        {
            problem = "after +49 leave out the 0 of the area code: +49 231 …, not +49 0231 …";
            return null;
        }

        problem = null;
        return new PhoneNumber(text, "+" + number);
    }
}
