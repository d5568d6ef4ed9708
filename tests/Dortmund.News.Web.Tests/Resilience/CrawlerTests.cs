using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Corpus;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed partial class CrawlerTests : IDisposable
{
    private const int GeneratedArticles = 1000;
    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Following_every_link_from_the_home_page_finds_no_error_and_no_broken_link()
    {
        CorpusGenerator.Generate(_content.ContentPath, new CorpusOptions(GeneratedArticles), Path.Combine(TempContent.RepositoryContent, "articles"));
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/", "/sitemap.xml" };
        var queue = new Queue<(string Url, string From)>([("/", "(start)"), ("/sitemap.xml", "(start)")]);
        var problems = new List<string>();
        var articlePages = 0;
        var galleryImages = 0;
        while (queue.TryDequeue(out var next))
        {
            var response = await visitor.GetAsync(next.Url);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found)
            {
                Enqueue(response.Headers.Location!.OriginalString, next.Url);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{(int)response.StatusCode} {next.Url} (linked from {next.From})");
                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type is not ("text/html" or "application/xml" or "text/xml"))
                continue;
            var body = await response.Content.ReadAsStringAsync();
            if (next.Url.StartsWith("/artikel/", StringComparison.Ordinal))
            {
                articlePages++;
                galleryImages += GalleryLink().Matches(body).Count;
            }

            foreach (var link in LinksIn(body))
                Enqueue(link, next.Url);
        }

        Assert.Empty(problems);
        Assert.Equal(GeneratedArticles + 2, articlePages);
        // The generated corpus (fixed seed) less each lead photo that is also in its gallery (shown above the text
        // instead), plus the seed articles' eight (Korea; Hokkaido's only photo is its lead).
        Assert.Equal(2746, galleryImages);

        void Enqueue(string link, string from)
        {
            var path = ToSitePath(link);
            if (path is not null && seen.Add(path))
                queue.Enqueue((path, from));
        }
    }

    /// <summary>Every URL in href, src, srcset and sitemap loc attributes.</summary>
    private static IEnumerable<string> LinksIn(string body) =>
        Attribute().Matches(body).SelectMany(m => m.Groups["name"].Value == "srcset"
                ? m.Groups["value"].Value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0])
                : [m.Groups["value"].Value])
            .Concat(Loc().Matches(body).Select(m => m.Groups[1].Value))
            .Select(link => WebUtility.HtmlDecode(link) ?? link);

    /// <summary>The path and query of an internal link (relative, or absolute on this site); null for outside links.</summary>
    private static string? ToSitePath(string link)
    {
        if (link.StartsWith("http://localhost", StringComparison.Ordinal) && Uri.TryCreate(link, UriKind.Absolute, out var absolute))
            return absolute.PathAndQuery;
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
            return null;
        var path = link.Split('#')[0];
        return path.Length == 0 ? null : path;
    }

    [GeneratedRegex("\\s(?<name>href|src|srcset)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();

    [GeneratedRegex("class=\"gallery-link\"")]
    private static partial Regex GalleryLink();
}
