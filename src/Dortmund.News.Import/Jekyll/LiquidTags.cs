using System.Text.RegularExpressions;
using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import.Jekyll;

/// <summary>
/// Liquid in a Jekyll body: <c>{{ site.baseurl }}</c> dropped (the site's paths are absolute), <c>post_url</c> and
/// <c>link</c> to a post become its new address, <c>highlight</c> a code fence; anything else stays visibly, with a warning.
/// </summary>
public static partial class LiquidTags
{
    public static string Rewrite(ImportedPost post, string body, PostIndex index, ImportOptions options)
    {
        body = SiteAddress().Replace(body, "");
        body = Output().Replace(body, match =>
        {
            post.Warn(BodyImages.LineOf(post, body, match.Index), $"Liquid output '{match.Value}' has no equivalent here; kept as text in the article");
            return "`" + match.Value + "`";
        });
        return Tag().Replace(body, match =>
        {
            var line = BodyImages.LineOf(post, body, match.Index);
            var name = match.Groups["name"].Value;
            var argument = match.Groups["args"].Value.Trim();
            switch (name)
            {
                case "post_url" or "link":
                    if (index.Find(argument) is ({ } linked, var anchor))
                    {
                        post.LinksRewritten++;
                        return options.ArticlePrefix + linked.Slug + anchor;
                    }

                    if (name == "link")
                        return "/" + argument.TrimStart('/');
                    post.Warn(line, $"post_url '{argument}' names no imported post; kept as text");
                    return "`" + match.Value + "`";
                case "highlight":
                    return "```" + argument.Split(' ')[0];
                case "endhighlight":
                    return "```";
                case "raw" or "endraw":
                    return "";
                default:
                    post.Warn(line, $"Liquid tag '{name}' has no equivalent here; kept as text in the article: {match.Value}");
                    return "`" + match.Value + "`";
            }
        });
    }

    [GeneratedRegex(@"\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}")]
    private static partial Regex SiteAddress();

    [GeneratedRegex(@"(?<!`)\{\{-?\s*[^}]*?-?\}\}")]
    private static partial Regex Output();

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)(?<args>.*?)-?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
