using System.Text.RegularExpressions;
using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import.Hugo;

/// <summary>
/// Hugo's shortcodes in a body: <c>figure</c> becomes an image of the gallery with caption and credit,
/// <c>ref</c>/<c>relref</c> the linked article's new address; any other stays in the text, visibly as code, with a warning.
/// </summary>
public static partial class HugoShortcodes
{
    public static string Rewrite(ImportedPost post, string body, PostIndex index, Func<string, string?> resolveFile, ImportOptions options) =>
        Shortcode().Replace(body, match =>
        {
            var name = match.Groups["name"].Value;
            var closing = match.Groups["close"].Success;
            var line = BodyImages.LineOf(post, body, match.Index);
            var (named, positional) = ShortcodeParameters.Parse(match.Groups["params"].Value);
            switch (name)
            {
                case "figure" when !closing:
                    return Figure(post, named, resolveFile, options, line) ?? Kept(post, match.Value, name, line);
                case "ref" or "relref" when !closing:
                    var target = positional.FirstOrDefault() ?? named.GetValueOrDefault("path");
                    if (target is not null && index.Find(target) is ({ } linked, var anchor))
                    {
                        post.LinksRewritten++;
                        return options.ArticlePrefix + linked.Slug + anchor;
                    }

                    post.Warn(line, $"{name} to '{target}' names no imported post; kept as text");
                    return "`" + match.Value + "`";
                default:
                    return Kept(post, match.Value, name, line);
            }
        });

    private static string? Figure(ImportedPost post, Dictionary<string, string> named, Func<string, string?> resolveFile, ImportOptions options, int line)
    {
        if (named.GetValueOrDefault("src") is not { } src)
            return null;
        var image = BodyImages.Import(post, src, resolveFile, line);
        if (image is null)
            return null;
        image.Caption ??= Text(named.GetValueOrDefault("caption")) ?? Text(named.GetValueOrDefault("title"));
        image.Alt ??= Text(named.GetValueOrDefault("alt"));
        image.Credit ??= Text(named.GetValueOrDefault("attr")) ?? Text(named.GetValueOrDefault("credit"));
        post.LinksRewritten++;
        var alt = (image.Alt ?? image.Caption ?? "").Replace("]", "\\]");
        return $"![{alt}]({BodyImages.Address(post, image, options)})";
    }

    private static string Kept(ImportedPost post, string shortcode, string name, int line)
    {
        post.Warn(line, $"shortcode '{name}' has no equivalent here; kept as text in the article: {shortcode}");
        return "`" + shortcode + "`";
    }

    // Captions may carry Markdown; a caption is plain text here.
    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Regex.Replace(value.Replace("\\\"", "\""), @"[*_`]", "").Trim();

    [GeneratedRegex(@"\{\{(?<open>[<%])\s*(?<close>/)?\s*(?<name>[\w./-]+)(?<params>.*?)\s*/?\s*[>%]\}\}", RegexOptions.Singleline)]
    private static partial Regex Shortcode();
}
