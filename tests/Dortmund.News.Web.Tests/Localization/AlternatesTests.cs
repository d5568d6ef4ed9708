using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>
/// hreflang done right: every page lists itself and each of its versions, absolute; each version answers and lists the
/// same set back; x-default is the German page. Checked on every page a visitor can reach from either home page.
/// </summary>
public sealed partial class AlternatesTests : IDisposable
{
    private const string Origin = "https://dortmund.news";

    private readonly TempContent _content = new();

    public AlternatesTests()
    {
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01", extraFrontMatter: "tags: [Hafen]\ncategory: Standort\nauthors: [jaeger]\n");
        _content.WriteArticle("hafen-b", "Mehr vom Hafen", "2026-04-01", extraFrontMatter: "tags: [Hafen, Logistik]\n");
        _content.Write("authors/jaeger.md", "---\nname: Eva Jäger\n---\n\nEva Jäger schreibt.\n");
        // One translation under the same slug, one under its own; hafen-b has none.
        _content.Write("articles/hafen-a.en.md", "---\ntitle: \"News from the port\"\ndate: 2026-03-01\ntags: [Port]\ncategory: Location\nauthors: [jaeger]\n---\n\nThe port.\n");
        _content.WriteArticle("hafen-c", "Noch mehr vom Hafen", "2025-11-01", extraFrontMatter: "tags: [Hafen]\n");
        _content.Write("articles/hafen-c.en.md", "---\ntitle: \"Even more from the port\"\ndate: 2025-11-01\nslug: even-more-port\n---\n\nThe port.\n");
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Every_reachable_page_lists_its_versions_and_each_version_lists_it_back()
    {
        await using var site = new SiteFactory(_content) { Settings = { ["Site:BaseUrl"] = Origin } };
        var visitor = site.CreateVisitor();

        var pages = await CrawlAsync(visitor, ["/", "/en/"]);

        Assert.Contains("/en/topics", pages.Keys);
        Assert.Contains("/themen/hafen", pages.Keys);
        Assert.Contains("/en/articles/even-more-port", pages.Keys);
        Assert.Contains("/en/archive/2025", pages.Keys);
        foreach (var (path, html) in pages)
        {
            var page = PageAlternates.Of(html);
            var self = Origin + path;
            // Itself, in its own language, as its canonical address.
            Assert.Equal(page.Canonical, page.ByLanguage.GetValueOrDefault(page.Lang));
            Assert.True(page.Canonical == self || path.Contains('?'), $"{path}: canonical {page.Canonical}");
            Assert.Equal(page.ByLanguage.GetValueOrDefault("de"), page.Default);
            foreach (var (language, url) in page.ByLanguage.Where(a => a.Key != page.Lang))
            {
                Assert.StartsWith(Origin + "/", url);
                var response = await visitor.GetAsync(url[Origin.Length..]);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} names {url} ({language}), which answers {(int)response.StatusCode}");
                var other = PageAlternates.Of(await response.Content.ReadAsStringAsync());
                Assert.Equal(language, other.Lang);
                Assert.Equal(page.ByLanguage.OrderBy(a => a.Key), other.ByLanguage.OrderBy(a => a.Key));
                Assert.Equal(page.Default, other.Default);
            }
        }
    }

    /// <summary>Every HTML page linked from <paramref name="start"/> on, by path (with query), with its HTML.</summary>
    internal static async Task<Dictionary<string, string>> CrawlAsync(HttpClient visitor, string[] start, int limit = 300)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        while (queue.TryDequeue(out var path) && pages.Count < limit)
        {
            var response = await visitor.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var html = await response.Content.ReadAsStringAsync();
            pages[path] = html;
            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups["href"].Value);
                if (href.StartsWith(Origin, StringComparison.Ordinal))
                    href = href[Origin.Length..];
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.Contains('#') || IsFile(href))
                    continue;
                if (seen.Add(href))
                    queue.Enqueue(href);
            }
        }
        return pages;
    }

    private static bool IsFile(string href) =>
        Regex.IsMatch(href, @"\.(xml|ics|vcf|jpg|jpeg|png|webp|svg|zip|pdf|css|js|txt)(\?|$)") || href.StartsWith("/bilder/", StringComparison.Ordinal);

    [GeneratedRegex("""<a [^>]*href="(?<href>[^"]+)"|<link rel="alternate" hreflang="[^"]+" href="(?<href>[^"]+)">""")]
    private static partial Regex Link();
}
