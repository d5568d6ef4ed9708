using System.Text.RegularExpressions;
using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import.Bodies;

/// <summary>
/// Images in a body — Markdown <c>![alt](…)</c> and HTML <c>&lt;img src="…"&gt;</c> — that are files of the old
/// site: copied into the article's folder, shown in its gallery (where the site gives a photo its credit and
/// download), and the body's reference rewritten to the site's address of that image.
/// </summary>
public static partial class BodyImages
{
    public static string Rewrite(ImportedPost post, string body, Func<string, string?> resolveFile, ImportOptions options)
    {
        body = MarkdownImage().Replace(body, match =>
        {
            var url = match.Groups["url"].Value.Trim('<', '>');
            // Already rewritten (a shortcode's figure): the file is in the gallery.
            if (url.StartsWith(options.ImagePrefix + post.TargetFolder + "/", StringComparison.Ordinal))
                return match.Value;
            var alt = match.Groups["alt"].Value;
            var title = match.Groups["title"].Success ? match.Groups["title"].Value : null;
            var image = Import(post, url, resolveFile, LineOf(post, body, match.Index));
            if (image is null)
                return match.Value;
            image.Alt ??= Blank(alt);
            image.Caption ??= Blank(title) ?? Blank(alt);
            post.LinksRewritten++;
            return $"![{alt}]({Address(post, image, options)})";
        });
        return HtmlImage().Replace(body, match =>
        {
            var image = Import(post, match.Groups["url"].Value, resolveFile, LineOf(post, body, match.Index));
            if (image is null)
                return match.Value;
            var alt = HtmlAlt().Match(match.Value) is { Success: true } a ? System.Net.WebUtility.HtmlDecode(a.Groups["alt"].Value) : null;
            image.Alt ??= Blank(alt);
            image.Caption ??= Blank(alt);
            post.LinksRewritten++;
            var group = match.Groups["url"];
            return match.Value[..(group.Index - match.Index)] + Address(post, image, options) + match.Value[(group.Index - match.Index + group.Length)..];
        });
    }

    /// <summary>The address the site answers for an image of the article's gallery (it leads to the resized photo).</summary>
    public static string Address(ImportedPost post, ImportedImage image, ImportOptions options) =>
        options.ImagePrefix + post.TargetFolder + "/" + image.FileName;

    /// <summary>The image at <paramref name="url"/> as a file of the old site, added to the gallery; null when it is none.</summary>
    public static ImportedImage? Import(ImportedPost post, string url, Func<string, string?> resolveFile, int line)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
            return null;
        if (resolveFile(url) is not { } file)
        {
            post.Warn(line, url.Contains("://", StringComparison.Ordinal)
                ? $"image '{url}' is on another site (not found in the old site's files); the body still links it"
                : $"image '{url}' not found in the old site's files; the body keeps the broken reference");
            return null;
        }

        var image = post.ImageFrom(file);
        image.InGallery = true;
        return image;
    }

    public static int LineOf(ImportedPost post, string body, int index) =>
        post.BodyLine + body.AsSpan(0, Math.Min(index, body.Length)).Count('\n');

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("""!\[(?<alt>[^\]]*)\]\(\s*(?<url><[^>]+>|[^)\s]+)(?:\s+(?:"(?<title>[^"]*)"|'(?<title>[^']*)'))?\s*\)""")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex("""<img\b[^>]*?\bsrc\s*=\s*["'](?<url>[^"']+)["'][^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex("""\balt\s*=\s*["'](?<alt>[^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAlt();
}
