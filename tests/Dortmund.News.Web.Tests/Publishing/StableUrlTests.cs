using System.Net;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Publishing;

/// <summary>Addresses that do not break: transliterated slugs, aliases and changed slugs answer 301.</summary>
public sealed class StableUrlTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("articles/2026/grüße-aus-köln/index.md", "", "/artikel/gruesse-aus-koeln")]
    [InlineData("articles/2026-11-05-Übergabe der Schlüssel.md", "", "/artikel/uebergabe-der-schluessel")]
    [InlineData("articles/irgendwas.md", "slug: \"Straße & Café – São Paulo\"\n", "/artikel/strasse-cafe-sao-paulo")]
    public async Task Slugs_are_german_transliterations_of_the_folder_file_or_slug_key(string path, string frontMatter, string url)
    {
        _content.Write(path, $"---\ntitle: Umlaute\ndate: 2026-11-05\n{frontMatter}---\n\nText.\n");
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Umlaute</h1>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/presse/2019/alte-meldung.html")]
    [InlineData("/presse/2019/alte-meldung.html/")]
    [InlineData("/artikel/frueherer-name")]
    [InlineData("/artikel/frueherer-name/")]
    [InlineData("/ARTIKEL/frueherer-name")]
    public async Task Aliases_answer_301_to_the_canonical_url(string alias)
    {
        _content.WriteArticle("meldung", "Meldung", "2026-01-01",
            extraFrontMatter: "aliases:\n  - /presse/2019/alte-meldung.html\n  - artikel/frueherer-name/\n");
        await using var site = new SiteFactory(_content);

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var response = await site.CreateVisitor().SendAsync(new HttpRequestMessage(method, alias));

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/artikel/meldung", response.Headers.Location?.OriginalString);
            // Neither cached nor validated: a redirect is answered anew each time.
            Assert.Null(response.Headers.CacheControl);
            Assert.Null(response.Headers.ETag);
            Assert.Null(response.Content.Headers.LastModified);
        }

        // The catch-all for aliases does not shadow real files.
        Assert.Equal(HttpStatusCode.OK, (await site.CreateVisitor().GetAsync("/css/site.css")).StatusCode);
    }

    [Theory]
    [InlineData("/presse/2019/unbekannt.html")]
    [InlineData("/irgendwo?slug=meldung")]
    [InlineData("/artikel/unbekannt?slug=meldung")]
    public async Task A_path_that_is_no_article_and_no_alias_answers_404(string path)
    {
        _content.WriteArticle("meldung", "Meldung", "2026-01-01", extraFrontMatter: "aliases: [/presse/2019/alte-meldung.html]\n");
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<h1>Meldung</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task When_the_slug_changes_every_earlier_url_answers_301_to_the_new_one()
    {
        _content.Write("articles/2026/delegation/index.md", "---\ntitle: Delegation\ndate: 2026-01-01\n---\n\nText.\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/delegation")).StatusCode);

        _content.Write("articles/2026/delegation/index.md", "---\ntitle: Delegation\ndate: 2026-01-01\nslug: delegation-aus-japan\n---\n\nText.\n");
        await site.SyncAsync();
        _content.Write("articles/2026/delegation/index.md", "---\ntitle: Delegation\ndate: 2026-01-01\nslug: Delegation aus Hokkaido\n---\n\nText.\n");
        await site.SyncAsync();

        foreach (var old in (string[])["/artikel/delegation", "/artikel/delegation-aus-japan"])
        {
            var response = await visitor.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/artikel/delegation-aus-hokkaido", response.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/delegation-aus-hokkaido")).StatusCode);
    }

    [Fact]
    public async Task Renaming_a_bundle_folder_keeps_the_old_url_as_a_301()
    {
        _content.Write("articles/2026/delegation-japan/index.md", "---\ntitle: Delegation\ndate: 2026-01-01\n---\n\nText.\n");
        _content.WriteImage("articles/2026/delegation-japan/bild.jpg");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/delegation-japan")).StatusCode);

        Directory.Move(Path.Combine(_content.ContentPath, "articles/2026/delegation-japan"),
            Path.Combine(_content.ContentPath, "articles/2026/delegation-aus-hokkaido"));
        await site.SyncAsync();

        var response = await visitor.GetAsync("/artikel/delegation-japan");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/artikel/delegation-aus-hokkaido", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/delegation-aus-hokkaido")).StatusCode);
    }
}
