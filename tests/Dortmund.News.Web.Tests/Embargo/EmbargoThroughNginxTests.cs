using System.Net;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Embargo;

/// <summary>An embargo link through the shipped deploy/nginx.conf: the proxy never answers it from its cache.</summary>
public sealed class EmbargoThroughNginxTests : IDisposable
{
    private const string Source = "articles/2099/vorab/index.md";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteArticle(string title) =>
        _content.Write(Source, $"---\ntitle: {title}\ndate: 2099-01-01T10:00:00+01:00\n---\n\nText.\n");

    [ExternalToolFact(ExternalTools.Nginx)]
    public async Task Nginx_stores_no_embargo_page_so_a_changed_article_shows_at_once()
    {
        WriteArticle("Erste Fassung");
        _content.WriteArticle("oeffentlich", "Öffentlich", "2026-01-01");
        var link = EmbargoTestLinks.Path(_content, "vorab", Source);
        using var site = SiteProcess.Start(_content, settings: new Dictionary<string, string> { ["Site__ForwardedHeaders"] = "true" });
        await site.WaitForLogAsync("Now listening on", TimeSpan.FromMinutes(2));
        using var proxy = await NginxProxy.StartAsync(site.Port);
        using var visitor = new HttpClient { BaseAddress = proxy.BaseAddress };

        // An ordinary page is cached by nginx: the rules are on.
        await visitor.GetAsync("/artikel/oeffentlich");
        Assert.Equal("HIT", Cache(await visitor.GetAsync("/artikel/oeffentlich")));

        for (var pass = 0; pass < 3; pass++)
        {
            var response = await visitor.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Erste Fassung", await response.Content.ReadAsStringAsync());
            Assert.NotEqual("HIT", Cache(response));
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
        }

        WriteArticle("Zweite Fassung");
        await Poll.UntilAsync(async () => (await visitor.GetStringAsync(link)).Contains("Zweite Fassung"), "the proxy passes the changed article on");
    }

    private static string? Cache(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null;
}
