using System.Net;
using Dortmund.News.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Publishing;

/// <summary>
/// Drafts, scheduled and expiring articles, decided at request time with an injected clock: no
/// re-sync and no restart between the clock moving and the article appearing or disappearing.
/// </summary>
public sealed class SchedulingTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new();
    private readonly FakeTimeProvider _clock = new(Now);

    public SchedulingTests()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jäger\n---\n\nRedaktion.\n");
        _content.WriteArticle("oeffentlich", "Öffentlich", "2026-11-01", extraFrontMatter: "author: jaeger\n");
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_draft_is_invisible_in_every_public_view_in_production()
    {
        _content.WriteArticle("entwurf", "Geheimer Entwurf", "2026-11-02",
            extraFrontMatter: "draft: true\nauthor: jaeger\naliases: [/alt/entwurf]\n");
        await using var site = new SiteFactory(_content) { Time = _clock };
        var visitor = site.CreateVisitor();

        await AssertInvisibleAsync(visitor, "entwurf", "Geheimer Entwurf", "/alt/entwurf");
        Assert.Contains("Öffentlich", await visitor.GetStringAsync("/"));

        // Not even years later: only the editor removing 'draft: true' publishes it.
        _clock.Advance(TimeSpan.FromDays(3650));
        await AssertInvisibleAsync(visitor, "entwurf", "Geheimer Entwurf", "/alt/entwurf");
    }

    [Fact]
    public async Task A_draft_is_shown_with_a_badge_in_development()
    {
        _content.WriteArticle("entwurf", "Geheimer Entwurf", "2026-11-02", extraFrontMatter: "draft: true\n");
        await using var site = new SiteFactory(_content, "Development") { Time = _clock };
        var visitor = site.CreateVisitor();

        var page = await visitor.GetStringAsync("/artikel/entwurf");
        var home = await visitor.GetStringAsync("/");

        Assert.Contains("<span class=\"badge\">Entwurf</span>", page);
        Assert.Contains("Geheimer Entwurf", home);
        Assert.Contains("<span class=\"badge\">Entwurf</span>", home);
    }

    [Fact]
    public async Task A_future_article_appears_by_itself_at_its_moment()
    {
        _content.WriteArticle("vorab", "Sperrfrist bis Montag", "2026-11-23T10:00:00+01:00",
            extraFrontMatter: "author: jaeger\naliases: [/alt/vorab]\n");
        await using var site = new SiteFactory(_content) { Time = _clock };
        var visitor = site.CreateVisitor();

        await AssertInvisibleAsync(visitor, "vorab", "Sperrfrist bis Montag", "/alt/vorab");

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 59, 59, TimeSpan.Zero));
        await AssertInvisibleAsync(visitor, "vorab", "Sperrfrist bis Montag", "/alt/vorab");

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Assert.Contains("<h1>Sperrfrist bis Montag</h1>", await visitor.GetStringAsync("/artikel/vorab"));
        Assert.Contains("Sperrfrist bis Montag", await visitor.GetStringAsync("/"));
        Assert.Contains("Sperrfrist bis Montag", await visitor.GetStringAsync("/autoren/jaeger"));
        Assert.Equal("/artikel/vorab", (await visitor.GetAsync("/alt/vorab")).Headers.Location?.OriginalString);
        Assert.Contains("/artikel/vorab", await visitor.GetStringAsync("/feed.xml"));
        Assert.Contains("/artikel/vorab", await visitor.GetStringAsync("/sitemap.xml"));
    }

    [Theory]
    [InlineData("expires")]
    [InlineData("expiryDate")]
    public async Task An_expiring_article_disappears_at_its_moment(string key)
    {
        _content.WriteArticle("befristet", "Befristete Ausschreibung", "2026-11-01",
            extraFrontMatter: $"{key}: 2026-11-30T18:00:00+01:00\nauthor: jaeger\naliases: [/alt/befristet]\n");
        await using var site = new SiteFactory(_content) { Time = _clock };
        var visitor = site.CreateVisitor();

        Assert.Contains("<h1>Befristete Ausschreibung</h1>", await visitor.GetStringAsync("/artikel/befristet"));
        Assert.Contains("Befristete Ausschreibung", await visitor.GetStringAsync("/"));

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero));
        await AssertInvisibleAsync(visitor, "befristet", "Befristete Ausschreibung", "/alt/befristet");
    }

    /// <summary>Not on the home page, the author's page, in feeds or sitemaps, not by URL, not by alias.</summary>
    private static async Task AssertInvisibleAsync(HttpClient visitor, string slug, string title, string alias)
    {
        foreach (var listing in (string[])["/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemap-news.xml", "/autoren/jaeger/feed.xml"])
        {
            var response = await visitor.GetAsync(listing);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain($"/artikel/{slug}", await response.Content.ReadAsStringAsync());
        }

        Assert.DoesNotContain(title, await visitor.GetStringAsync("/"));
        Assert.DoesNotContain(title, await visitor.GetStringAsync("/autoren/jaeger"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/artikel/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(alias)).StatusCode);
    }
}
