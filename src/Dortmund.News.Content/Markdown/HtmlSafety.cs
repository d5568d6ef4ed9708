using Ganss.Xss;

namespace Dortmund.News.Content.Markdown;

/// <summary>
/// Raw HTML in articles is allowed but passes through HtmlSanitizer: no scripts, no event
/// handlers, no javascript: or data: URLs. The sanitizer is safe to share across threads.
/// </summary>
public static class HtmlSafety
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Returns <paramref name="html"/> with everything unsafe removed.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        // Inline styles would need a weaker Content-Security-Policy; the site stylesheet decides looks.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer;
    }
}
