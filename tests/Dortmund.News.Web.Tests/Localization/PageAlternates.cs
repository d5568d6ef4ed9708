using System.Text.RegularExpressions;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>What a page's head says about its language versions, read back from its HTML.</summary>
internal sealed partial record PageAlternates(string Lang, IReadOnlyDictionary<string, string> ByLanguage, string? Default, string? Canonical)
{
    public static PageAlternates Of(string html)
    {
        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        string? fallback = null;
        foreach (Match link in AlternateLink().Matches(html))
        {
            var (hreflang, href) = (link.Groups["lang"].Value, link.Groups["href"].Value);
            if (hreflang == "x-default")
                fallback = href;
            else
                Assert.True(byLanguage.TryAdd(hreflang, href), $"hreflang {hreflang} twice");
        }
        var canonical = CanonicalLink().Match(html) is { Success: true } c ? c.Groups["href"].Value : null;
        return new PageAlternates(HtmlLang().Match(html).Groups["lang"].Value, byLanguage, fallback, canonical);
    }

    [GeneratedRegex("""<link rel="alternate" hreflang="(?<lang>[^"]+)" href="(?<href>[^"]+)">""")]
    private static partial Regex AlternateLink();

    [GeneratedRegex("""<link rel="canonical" href="(?<href>[^"]+)">""")]
    private static partial Regex CanonicalLink();

    [GeneratedRegex("""<html lang="(?<lang>[^"]+)">""")]
    private static partial Regex HtmlLang();
}
