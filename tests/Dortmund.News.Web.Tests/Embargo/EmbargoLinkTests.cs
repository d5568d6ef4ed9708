using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Embargo;

/// <summary>A scheduled article shown before its moment at a signed link, and nowhere else; with an injected clock.</summary>
public sealed class EmbargoLinkTests : IDisposable
{
    private const string Source = "articles/2026/vorab/index.md";

    // 23 November 2026, 10:00 in Dortmund.
    private static readonly DateTimeOffset Publication = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new();
    private readonly FakeTimeProvider _clock = new(Publication.AddDays(-3));

    public EmbargoLinkTests()
    {
        WriteArticle("Investition mit Sperrfrist");
        _content.Write("articles/2026/vorab/pressemappe.pdf", new byte[3000]);
        _content.WriteArticle("oeffentlich", "Öffentlich", "2026-11-01");
    }

    public void Dispose() => _content.Dispose();

    private void WriteArticle(string title) => _content.Write(Source, $"""
        ---
        title: "{title}"
        date: 2026-11-23T10:00:00+01:00
        event:
          start: 2026-11-23T11:00:00+01:00
          location: Rathaus Dortmund
        attachments:
          - src: pressemappe.pdf
            title: Pressemappe
        ---

        Die Investition wird am Montag bekanntgegeben.
        """);

    private SiteFactory Site(Dictionary<string, string?>? settings = null) => new(_content) { Time = _clock, Settings = settings ?? [] };

    [Fact]
    public async Task Before_its_moment_the_link_shows_the_article_with_the_embargo_banner_and_no_cache_or_index_may_keep_it()
    {
        var link = EmbargoTestLinks.Path(_content, "vorab", Source);
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync(link);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Investition mit Sperrfrist</h1>", page);
        Assert.Contains("Sperrfrist: <time datetime=\"2026-11-23T10:00:00&#x2B;01:00\">23. November 2026, 10:00 Uhr</time>", page);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        // Shared metadata names the article's address, never the link.
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/artikel/vorab\"", page);
        Assert.Equal(page.Split(link + "/anhaenge/").Length, page.Split(link).Length);
        // Its file is there for the holders of the link; its calendar file is not offered before the moment.
        Assert.Contains($"href=\"{link}/anhaenge/pressemappe.pdf\"", page);
        Assert.DoesNotContain("termin.ics", page);
        var file = await visitor.GetAsync(link + "/anhaenge/pressemappe.pdf");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.True(file.Headers.CacheControl is { Private: true, NoStore: true }, file.Headers.CacheControl?.ToString());

        // Everywhere else it does not exist yet.
        foreach (var path in (string[])["/artikel/vorab", "/artikel/vorab/anhaenge/pressemappe.pdf", "/artikel/vorab/termin.ics"])
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);
        foreach (var listing in (string[])["/", "/feed.xml", "/sitemap.xml", "/termine", "/termine.ics"])
            Assert.DoesNotContain("Sperrfrist", await visitor.GetStringAsync(listing));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(-2)]
    public async Task A_token_with_one_changed_character_is_the_ordinary_404(int position)
    {
        var token = EmbargoTestLinks.Token(_content, "vorab", Source);
        var at = position < 0 ? token.Length + position : position;
        var changed = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync("/vorab/" + changed);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Seite nicht gefunden</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/vorab/" + token)).StatusCode);
    }

    [Theory]
    [InlineData("kein-token")]
    [InlineData("")]
    [InlineData("%FF%FE")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_wrong_token_is_the_ordinary_404(string token)
    {
        await using var site = Site();

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateVisitor().GetAsync("/vorab/" + token)).StatusCode);
    }

    [Fact]
    public async Task A_token_for_one_article_never_opens_another()
    {
        _content.Write("articles/2026/andere/index.md", "---\ntitle: Andere Sperrfrist\ndate: 2026-11-24T10:00:00+01:00\n---\n\nGeheim.\n");
        var forOther = EmbargoTestLinks.Path(_content, "andere", "articles/2026/andere/index.md");
        // A ticket naming this article's slug with the other's file, as a foreign key ring or a forged one would.
        var mixed = EmbargoTestLinks.Path(_content, "vorab", "articles/2026/andere/index.md");
        var forThis = EmbargoTestLinks.Path(_content, "vorab", Source);
        await using var site = Site();
        var visitor = site.CreateVisitor();

        Assert.Contains("Andere Sperrfrist", await visitor.GetStringAsync(forOther));
        Assert.DoesNotContain("Investition", await visitor.GetStringAsync(forOther));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(mixed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(forOther + "/anhaenge/pressemappe.pdf")).StatusCode);

        // This article's file goes; another file takes its slug: the link does not open that one.
        _content.Delete(Source);
        _content.Write("articles/2026/nachfolger/index.md", "---\ntitle: Nachfolger\nslug: vorab\ndate: 2026-11-25T10:00:00+01:00\n---\n\nNeu.\n");
        await site.SyncAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(forThis)).StatusCode);
    }

    [Fact]
    public async Task From_its_moment_the_link_redirects_to_the_public_page_until_the_grace_is_over()
    {
        var link = EmbargoTestLinks.Path(_content, "vorab", Source);
        await using var site = Site();
        var visitor = site.CreateVisitor();

        _clock.SetUtcNow(Publication.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);

        _clock.SetUtcNow(Publication);
        var released = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.Found, released.StatusCode);
        Assert.Equal("/artikel/vorab", released.Headers.Location?.OriginalString);
        Assert.True(released.Headers.CacheControl is { Private: true, NoStore: true }, released.Headers.CacheControl?.ToString());
        Assert.Contains("<h1>Investition mit Sperrfrist</h1>", await visitor.GetStringAsync("/artikel/vorab"));

        _clock.SetUtcNow(Publication.AddDays(7).AddSeconds(-1));
        Assert.Equal(HttpStatusCode.Found, (await visitor.GetAsync(link)).StatusCode);
        _clock.SetUtcNow(Publication.AddDays(7));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_grace_after_publication_is_configured()
    {
        var link = EmbargoTestLinks.Path(_content, "vorab", Source);
        await using var site = Site(new() { ["Embargo:GraceAfterPublication"] = "01:00:00" });
        var visitor = site.CreateVisitor();

        _clock.SetUtcNow(Publication.AddMinutes(59));
        Assert.Equal(HttpStatusCode.Found, (await visitor.GetAsync(link)).StatusCode);
        _clock.SetUtcNow(Publication.AddHours(1));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_draft_or_an_expired_article_is_not_opened()
    {
        _content.Write("articles/entwurf.md", "---\ntitle: Entwurf\ndate: 2026-11-24T10:00:00+01:00\ndraft: true\n---\n\nText.\n");
        _content.Write("articles/abgelaufen.md", "---\ntitle: Abgelaufen\ndate: 2026-11-01\nexpires: 2026-11-10\n---\n\nText.\n");
        var draft = EmbargoTestLinks.Path(_content, "entwurf", "articles/entwurf.md");
        var expired = EmbargoTestLinks.Path(_content, "abgelaufen", "articles/abgelaufen.md");
        await using var site = Site();
        var visitor = site.CreateVisitor();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(expired)).StatusCode);
    }

    [Fact]
    public async Task The_page_cache_never_stores_it_so_a_change_shows_at_once()
    {
        var link = EmbargoTestLinks.Path(_content, "vorab", Source);
        await using var site = Site();
        var visitor = site.CreateVisitor();
        var cache = site.Services.GetRequiredService<PageCache>();
        await visitor.GetStringAsync("/artikel/oeffentlich"); // an ordinary page is stored
        var stored = cache.Count;

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
        Assert.Equal(stored, cache.Count);

        WriteArticle("Investition mit neuer Überschrift");
        await site.SyncAsync();
        Assert.Contains("<h1>Investition mit neuer Überschrift</h1>", await visitor.GetStringAsync(link));
        Assert.Equal(stored, cache.Count);
    }

    [Fact]
    public async Task A_key_made_after_the_site_loaded_its_key_ring_is_found()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();
        // The site has looked at its (empty) key ring before the first link is signed.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/vorab/" + new string('A', 120))).StatusCode);

        var link = EmbargoTestLinks.Path(_content, "vorab", Source);

        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
    }
}
