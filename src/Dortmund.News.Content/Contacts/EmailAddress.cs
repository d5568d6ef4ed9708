using System.Text.RegularExpressions;

namespace Dortmund.News.Content.Contacts;

/// <summary>
/// Whether a text is an e-mail address a journalist can write to: <c>name@domain.tld</c>, the local part
/// in the characters RFC 5322 allows unquoted, the domain in labels of letters (umlauts too), digits and
/// hyphens. No display names, no quoted local parts, no <c>mailto:</c>: it becomes a <c>mailto:</c> link.
/// </summary>
public static partial class EmailAddress
{
    /// <summary>RFC 5321's limit for a whole address.</summary>
    public const int MaxLength = 254;

    /// <summary>The address's form, without anchors: what <see cref="IsValid"/> matches, and the editors' schema too.</summary>
    public const string PatternText =
        @"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}";

    /// <summary>True when <paramref name="text"/> (already trimmed) is such an address.</summary>
    public static bool IsValid(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>What is wrong with <paramref name="text"/>, as a hint for the editor.</summary>
    public static string Problem(string text) =>
        text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "leave out 'mailto:' and write only the address"
        : text.Contains('<') ? "write only the address, without a name or < >"
        : !text.Contains('@') ? "an e-mail address needs an '@', e.g. presse@example.org"
        : text.Length > MaxLength ? $"longer than {MaxLength} characters"
        : "not an e-mail address: write it as presse@example.org (no spaces, one '@', a domain with a dot)";

    [GeneratedRegex("^" + PatternText + "$")]
    private static partial Regex Pattern();
}
