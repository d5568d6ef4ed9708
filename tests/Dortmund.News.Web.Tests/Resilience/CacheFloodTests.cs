using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Caching;
using Xunit.Abstractions;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class CacheFloodTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// What 3,000 unique URLs may add to the working set: the search results' budget (4 MB), the GC's
    /// room to work, Kestrel's buffers. Before the cache was bounded by entries and keyed by what pages
    /// read, 3,000 requests for /robots.txt with a unique 8 KB query alone added ~45 MB.
    /// </summary>
    private const long Bound = 30 * 1024 * 1024;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Three_thousand_unique_urls_leave_the_article_cached_and_the_working_set_within_its_bound()
    {
        for (var i = 0; i < 30; i++)
            _content.WriteArticle($"meldung-{i}", $"Meldung {i} vom Hafen", "2026-03-01", extraFrontMatter: "tags: [Hafen]\n");
        using var site = SiteProcess.Start(_content);
        await site.WaitForLogAsync("Now listening on", TimeSpan.FromMinutes(2));
        using var visitor = new HttpClient { BaseAddress = site.BaseAddress };
        var padding = new string('x', 8_000);
        string Url(int i) => (i % 3) switch
        {
            0 => $"/robots.txt?q={i}{padding}",
            1 => $"/suche?q=Hafen+{i}{padding}",
            _ => $"/artikel/meldung-{i % 30}?seite={i + 2}&utm={i}{padding}",
        };
        // Every kind of request once before measuring: the JIT's and the pools' memory is not the cache's.
        await FloodAsync(site, visitor, Enumerable.Range(100_000, 600).Select(Url));
        var article = await RenderIdAsync(visitor, "/artikel/meldung-1");
        var before = site.WorkingSet;

        await FloodAsync(site, visitor, Enumerable.Range(0, 3_000).Select(Url));

        var growth = site.WorkingSet - before;
        output.WriteLine($"working set {before / 1048576} MB before, grew by {growth / 1048576.0:0.0} MB");
        Assert.Equal(article, await RenderIdAsync(visitor, "/artikel/meldung-1"));
        Assert.True(growth < Bound, $"the working set grew by {growth / 1048576.0:0.0} MB");
    }

    private static Task FloodAsync(SiteProcess site, HttpClient visitor, IEnumerable<string> urls) =>
        Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (url, _) =>
        {
            using var response = await visitor.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{url[..Math.Min(url.Length, 60)]}…: {(int)response.StatusCode}\n{string.Join('\n', site.Log.Where(l => l.Contains(" ERR]") || l.StartsWith("   at ") || l.Contains("Exception")).Take(30))}");
        });

    private static async Task<string> RenderIdAsync(HttpClient visitor, string url)
    {
        using var response = await visitor.GetAsync(url);
        return response.Headers.GetValues(PageValidators.RenderIdHeader).Single();
    }
}
