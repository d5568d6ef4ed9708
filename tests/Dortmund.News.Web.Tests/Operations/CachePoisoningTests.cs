using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Operations;

/// <summary>What one visitor sends — Host, forwarded headers, Accept-Encoding, query strings — never changes what the next one gets.</summary>
public sealed class CachePoisoningTests : IDisposable
{
    private static readonly string[] PagesWithAbsoluteUrls = ["/artikel/hafen-a", "/", "/feed.xml", "/atom.xml", "/sitemap.xml", "/robots.txt"];

    private readonly TempContent _content = new();

    public CachePoisoningTests() =>
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01", extraFrontMatter: "tags: [Hafen]\n");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_forged_host_is_not_served_to_the_next_visitor_when_no_base_url_is_set()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var url in PagesWithAbsoluteUrls)
        {
            var forged = await visitor.GetStringAsync("http://evil.example" + url);
            Assert.Contains("evil.example", forged); // built from the request: the page depends on the host

            var next = await visitor.GetStringAsync(url);
            Assert.DoesNotContain("evil.example", next);
        }
    }

    [Fact]
    public async Task With_a_base_url_a_forged_host_changes_nothing_and_shares_the_one_entry()
    {
        await using var site = new SiteFactory(_content) { Settings = { ["Site:BaseUrl"] = "https://dortmund.news" } };
        var visitor = site.CreateVisitor();
        var forged = await visitor.GetAsync("http://evil.example/artikel/hafen-a");
        var next = await visitor.GetAsync("/artikel/hafen-a");

        Assert.DoesNotContain("evil.example", await forged.Content.ReadAsStringAsync());
        Assert.Equal(RenderId(forged), RenderId(next));
    }

    [Theory]
    [InlineData("gzip;q=0, br;q=0, *", null)]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("*", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("gzip;q=0", null)]
    public async Task A_response_has_the_encoding_the_client_accepts_and_a_plain_client_then_gets_plain_bytes(string acceptEncoding, string? expected)
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var url in (string[])["/artikel/hafen-a", "/feed.xml"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            var first = await visitor.SendAsync(request);
            Assert.Equal(expected, first.Content.Headers.ContentEncoding.SingleOrDefault());

            var plain = await visitor.GetAsync(url);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.StartsWith("<", (await plain.Content.ReadAsStringAsync()).TrimStart());
        }
    }

    [Fact]
    public async Task Query_values_a_page_does_not_read_share_its_entry()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var article = RenderId(await visitor.GetAsync("/artikel/hafen-a?seite=7&q=x"));

        Assert.Equal(article, RenderId(await visitor.GetAsync("/artikel/hafen-a")));
        Assert.Equal(article, RenderId(await visitor.GetAsync("/artikel/hafen-a?seite=8")));
        Assert.Equal(article, RenderId(await visitor.GetAsync("/artikel/hafen-a?seite=kaputt")));
        var robots = RenderId(await visitor.GetAsync("/robots.txt?q=" + new string('x', 8_000)));
        Assert.Equal(robots, RenderId(await visitor.GetAsync("/robots.txt?q=y")));
        var tag = RenderId(await visitor.GetAsync("/themen/hafen"));
        Assert.Equal(tag, RenderId(await visitor.GetAsync("/themen/hafen?q=irgendwas")));
        // The canonical link of a page without pages does not take up a page number it never read.
        Assert.DoesNotContain("seite=", await visitor.GetStringAsync("/artikel/hafen-a?seite=9"));
    }

    [Fact]
    public async Task A_flood_of_unique_urls_leaves_the_articles_cached_and_the_cache_within_its_budgets()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var article = RenderId(await visitor.GetAsync("/artikel/hafen-a"));
        var padding = new string('x', 8_000);

        var flood = Enumerable.Range(0, 3_000).Select(i => (i % 3) switch
        {
            0 => $"/robots.txt?q={i}{padding}",
            1 => $"/suche?q=Hafen+{i}{padding}",
            _ => $"/artikel/hafen-a?seite={i + 2}&utm={i}{padding}",
        });
        await Parallel.ForEachAsync(flood, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (url, _) =>
        {
            using var response = await visitor.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url[..Math.Min(url.Length, 60)]}…: {(int)response.StatusCode}");
        });

        Assert.Equal(article, RenderId(await visitor.GetAsync("/artikel/hafen-a")));
        var cache = site.Services.GetRequiredService<PageCache>();
        Assert.True(cache.Size <= PageCacheBudget.Pages.Bytes + PageCacheBudget.Searches.Bytes, $"{cache.Size} bytes");
        Assert.True(cache.Count <= 3 + PageCacheBudget.Searches.Entries, $"{cache.Count} entries");
    }

    private static string RenderId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues(PageValidators.RenderIdHeader).Single();
    }
}
