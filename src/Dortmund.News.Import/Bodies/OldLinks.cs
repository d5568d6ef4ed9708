using System.Text.RegularExpressions;
using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import.Bodies;

/// <summary>
/// Links between posts written as the old site's addresses (<c>/2019/05/14/empfang/</c>, or absolute on the old
/// host): rewritten to the imported article's address, so they do not depend on the redirects.
/// </summary>
public sealed partial class OldLinks
{
    private readonly Dictionary<string, ImportedPost> _byOldPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _host;

    public OldLinks(IEnumerable<ImportedPost> posts, string? host)
    {
        _host = host;
        foreach (var post in posts)
        {
            foreach (var alias in post.Aliases)
                _byOldPath.TryAdd(alias.TrimEnd('/'), post);
        }
    }

    public string Rewrite(ImportedPost post, string body, ImportOptions options)
    {
        string Replace(Match match)
        {
            var url = match.Groups["url"].Value;
            var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
            if (absolute && !string.Equals(uri!.Host, _host, StringComparison.OrdinalIgnoreCase))
                return match.Value;
            if (!absolute && !url.StartsWith('/'))
                return match.Value;
            var path = SourceFiles.PathOf(url).TrimEnd('/');
            if (path.Length == 0 || !_byOldPath.TryGetValue(path, out var target))
                return match.Value;
            post.LinksRewritten++;
            var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
            var group = match.Groups["url"];
            return match.Value[..(group.Index - match.Index)] + options.ArticlePrefix + target.Slug + fragment
                   + match.Value[(group.Index - match.Index + group.Length)..];
        }

        return HtmlLink().Replace(MarkdownLink().Replace(body, Replace), Replace);
    }

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<url>[^)\s]+)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();
}
