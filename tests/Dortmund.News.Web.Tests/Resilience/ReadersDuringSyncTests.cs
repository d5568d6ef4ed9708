using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Corpus;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class ReadersDuringSyncTests : IDisposable
{
    private const int Articles = 600;
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Visitors_reading_during_a_large_sync_see_old_or_new_pages_never_errors_or_mixtures()
    {
        var paths = CorpusGenerator.Generate(_content.ContentPath, new CorpusOptions(Articles), Path.Combine(TempContent.RepositoryContent, "articles"));
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var slugs = paths.Where((_, i) => i % 60 == 0).Select(p => p.Split('/')[^2]).ToList();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);

        foreach (var path in paths)
        {
            var file = Path.Combine(_content.ContentPath, path);
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: \"", "title: \"Fassung 2: ").Replace("caption: ", "caption: Fassung 2 "));
        }

        var sync = Task.Run(site.SyncAsync);
        var pagesReadWhileSyncing = 0;
        var sawNew = false;
        while (!sync.IsCompleted || !sawNew)
        {
            foreach (var slug in slugs)
            {
                var response = await visitor.GetAsync($"/artikel/{slug}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync();
                var isNew = html.Contains("<h1>Fassung 2: ");
                // The lead photo's caption above the text, then the gallery's other two.
                var captions = Regex.Matches(html, "<figcaption class=\"lead-caption\">([^<]*?) <span|<span class=\"caption\">(.*?)</span>")
                    .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
                Assert.Equal(3, captions.Count);
                Assert.All(captions, c => Assert.Equal(isNew, c.StartsWith("Fassung 2 ")));
                sawNew |= isNew;
                if (!sync.IsCompleted)
                    pagesReadWhileSyncing++;
            }

            var home = await visitor.GetStringAsync("/");
            var titles = Regex.Matches(home, "<h2><a href=\"/artikel/[^\"]+\">(.*?)</a></h2>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(1 + 10, titles.Count); // the lead story and a page of the others
            Assert.True(titles.All(t => t.StartsWith("Fassung 2: ")) || titles.All(t => !t.StartsWith("Fassung 2: ")), string.Join("\n", titles));
        }

        Assert.Equal(Articles, (await sync).Updated);
        // At least one page answered while the sync was still running (one round of reads may outlast a fast sync).
        Assert.True(pagesReadWhileSyncing > 0, "no page was read while the sync ran");
    }
}
