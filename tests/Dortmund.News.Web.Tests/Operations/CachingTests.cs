using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Dortmund.News.Testing;
using Dortmund.News.Web.Caching;

namespace Dortmund.News.Web.Tests.Operations;

public sealed class CachingTests : IDisposable
{
    // Page types other issues add (tags, categories, archive, feeds) join these lists by URL; a URL
    // that does not exist on this build (404) is left out of the comparison, the core ones must exist.
    private static readonly string[] PagesShowingA =
        ["/artikel/hafen-a", "/", "/autoren/anna", "/themen/hafen", "/rubrik/standort", "/archiv/2026", "/feed.xml", "/atom.xml", "/themen", "/archiv", "/presse"];

    private static readonly string[] PagesNotShowingA =
        ["/artikel/energie-b", "/autoren/ben", "/themen/energie", "/rubrik/klima", "/archiv/2025"];

    private static readonly string[] CorePages = ["/artikel/hafen-a", "/", "/autoren/anna", "/artikel/energie-b", "/autoren/ben"];

    // Every page and feed type that answers conditional GETs; extend as page types are added.
    public static readonly TheoryData<string> ValidatedUrls = new()
    {
        "/", "/?seite=1", "/artikel/hafen-a", "/autoren/anna", "/themen/hafen", "/rubrik/standort", "/archiv/2026",
        "/suche?q=Hafen", "/feed.xml", "/atom.xml", "/sitemap.xml", "/presse",
    };

    private readonly TempContent _content = new();

    public CachingTests()
    {
        _content.Write("authors/anna.md", "---\nname: Anna Albers\nrole: Presse\n---\nAnna schreibt über den Hafen.\n");
        _content.Write("authors/ben.md", "---\nname: Ben Brandt\nrole: Presse\n---\nBen schreibt über Energie.\n");
        WriteA("Neues vom Hafen");
        _content.WriteArticle("energie-b", "Energie für Dortmund", "2025-03-01",
            extraFrontMatter: "authors: [ben]\ncategory: Klima\ntags: [Energie]\n");
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Editing_article_A_renders_A_and_its_listings_anew_and_keeps_B_cached()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var showingA = await ExistingAsync(visitor, PagesShowingA);
        var notShowingA = await ExistingAsync(visitor, PagesNotShowingA);
        Assert.Subset(showingA.Concat(notShowingA).ToHashSet(), CorePages.ToHashSet());

        var before = new Dictionary<string, string>();
        foreach (var url in showingA.Concat(notShowingA))
        {
            before[url] = await RenderIdAsync(visitor, url);
            Assert.Equal(before[url], await RenderIdAsync(visitor, url)); // the second visit is served from the cache
        }

        WriteA("Hafen meldet Rekordumschlag");
        await site.SyncAsync();

        foreach (var url in showingA)
            Assert.True(before[url] != await RenderIdAsync(visitor, url), $"{url} shows A but was not rendered anew");
        foreach (var url in notShowingA)
            Assert.True(before[url] == await RenderIdAsync(visitor, url), $"{url} does not show A but was evicted");
        Assert.Contains("Hafen meldet Rekordumschlag", await visitor.GetStringAsync("/artikel/hafen-a"));
        Assert.Contains("Hafen meldet Rekordumschlag", await visitor.GetStringAsync("/"));
        Assert.Contains("Hafen meldet Rekordumschlag", await visitor.GetStringAsync("/autoren/anna"));
    }

    [Fact]
    public async Task Editing_an_author_profile_renders_that_authors_article_pages_anew_only()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var a = await RenderIdAsync(visitor, "/artikel/hafen-a");
        var b = await RenderIdAsync(visitor, "/artikel/energie-b");

        _content.Write("authors/anna.md", "---\nname: Anna Albers\nrole: Pressesprecherin\n---\nAnna leitet die Pressestelle.\n");
        await site.SyncAsync();

        Assert.NotEqual(a, await RenderIdAsync(visitor, "/artikel/hafen-a"));
        Assert.Equal(b, await RenderIdAsync(visitor, "/artikel/energie-b"));
        Assert.Contains("Anna leitet die Pressestelle.", await visitor.GetStringAsync("/artikel/hafen-a"));
    }

    [Fact]
    public async Task A_deleted_article_disappears_from_its_cached_pages()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        Assert.Contains("Neues vom Hafen", await visitor.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/hafen-a")).StatusCode);

        _content.Delete("articles/hafen-a.md");
        await site.SyncAsync();

        Assert.DoesNotContain("Neues vom Hafen", await visitor.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/hafen-a")).StatusCode);
    }

    [Fact]
    public async Task The_page_number_varies_the_cache_and_unknown_query_keys_do_not()
    {
        for (var i = 0; i < 12; i++)
            _content.WriteArticle($"meldung-{i}", $"Meldung {i}", "2024-01-01");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var home = await RenderIdAsync(visitor, "/");
        Assert.NotEqual(home, await RenderIdAsync(visitor, "/?seite=2"));
        Assert.Equal(home, await RenderIdAsync(visitor, "/?utm_source=newsletter"));
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/?seite=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/?seite=99")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(ValidatedUrls))]
    public async Task Pages_and_feeds_answer_a_conditional_get_with_304(string url)
    {
        foreach (var environment in (string[])["Production", "Development"]) // served from the cache, and rendered (no cache in Development)
        {
            await using var site = new SiteFactory(_content, environment);
            var visitor = site.CreateVisitor();
            var first = await visitor.GetAsync(url);
            if (first.StatusCode == HttpStatusCode.NotFound && !CorePages.Contains(url) && url != "/" && url != "/?seite=1")
                return; // a page type not on this build yet
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak);
            Assert.NotNull(first.Content.Headers.LastModified);

            var byTag = await SendAsync(visitor, url, r => r.Headers.IfNoneMatch.Add(etag));
            Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
            Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, byTag.Headers.ETag);

            var byDate = await SendAsync(visitor, url, r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);
            Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);

            var stale = await SendAsync(visitor, url, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"veraltet\"")));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(ValidatedUrls))]
    [InlineData("/themen/hafen/feed.xml")]
    [InlineData("/sitemap-news.xml")]
    [InlineData("/robots.txt")]
    public async Task Rendered_or_cached_get_and_head_carry_the_same_validators_and_a_304_repeats_them(string url)
    {
        // One mechanism for pages and generated documents: the page cache stores what the validators computed.
        var validators = new Dictionary<string, List<string>>();
        foreach (var cached in (string[])["true", "false"])
        {
            await using var site = new SiteFactory(_content)
            {
                Settings = { [PageCacheMiddleware.EnabledKey] = cached }, Time = new Discovery.FixedClock(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)),
            };
            var visitor = site.CreateVisitor();
            foreach (var encoding in (string?[])[null, "br", "gzip"])
            {
                void Accept(HttpRequestMessage r)
                {
                    if (encoding is not null)
                        r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                }

                var get = await SendAsync(visitor, url, Accept);
                var head = await SendAsync(visitor, url, r => { r.Method = HttpMethod.Head; Accept(r); });
                var notModified = await SendAsync(visitor, url, r => { Accept(r); r.Headers.IfNoneMatch.Add(get.Headers.ETag!); });
                var headNotModified = await SendAsync(visitor, url, r => { r.Method = HttpMethod.Head; Accept(r); r.Headers.IfNoneMatch.Add(get.Headers.ETag!); });

                Assert.Equal(HttpStatusCode.OK, get.StatusCode);
                Assert.Equal(HttpStatusCode.OK, head.StatusCode);
                Assert.Equal(Validators(get), Validators(head));
                Assert.Equal(LengthHeader(get), LengthHeader(head));
                Assert.Empty(await head.Content.ReadAsByteArrayAsync());
                foreach (var answer in (HttpResponseMessage[])[notModified, headNotModified])
                {
                    Assert.Equal(HttpStatusCode.NotModified, answer.StatusCode);
                    Assert.Equal(get.Headers.ETag, answer.Headers.ETag);
                    Assert.Equal(get.Content.Headers.LastModified, answer.Content.Headers.LastModified);
                    Assert.Equal(get.Headers.CacheControl, answer.Headers.CacheControl);
                }

                (validators.TryGetValue(cached, out var list) ? list : validators[cached] = []).Add(Validators(get));
            }
        }

        Assert.Equal(validators["true"], validators["false"]);
    }

    // As sent: HttpClient computes ContentLength from a GET's body where the header is missing (a streamed compression).
    private static string? LengthHeader(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length) ? length.ToString() : null;

    private static string Validators(HttpResponseMessage response) =>
        $"ETag {response.Headers.ETag}, Last-Modified {response.Content.Headers.LastModified:R}, Cache-Control {response.Headers.CacheControl}, "
        + $"Content-Encoding {string.Join(",", response.Content.Headers.ContentEncoding)}";

    [Fact]
    public async Task Pages_carry_a_short_shared_cache_lifetime_and_the_preview_none()
    {
        await using var production = new SiteFactory(_content);
        var page = await production.CreateVisitor().GetAsync("/artikel/hafen-a");
        Assert.True(page.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 60 }, page.Headers.CacheControl?.ToString());
        Assert.Contains("stale-while-revalidate=600", page.Headers.CacheControl?.ToString());

        await using var preview = new SiteFactory(_content, "Development");
        var visitor = preview.CreateVisitor();
        var first = await visitor.GetAsync("/artikel/hafen-a");
        Assert.True(first.Headers.CacheControl is { NoCache: true, Private: true, MaxAge: null });
        // Drafts are shown there, so nothing is served from the cache.
        Assert.NotEqual(await RenderIdAsync(visitor, "/"), await RenderIdAsync(visitor, "/"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_as_the_client_asks(string encoding)
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var plain = await visitor.GetStringAsync("/artikel/hafen-a");

        foreach (var _ in new[] { "rendered", "from the cache" })
        {
            var response = await SendAsync(visitor, "/artikel/hafen-a", r => r.Headers.AcceptEncoding.ParseAdd(encoding));
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            Assert.Equal(plain, await new StreamReader(decoded).ReadToEndAsync());
        }

        var identity = await visitor.GetAsync("/artikel/hafen-a");
        Assert.Empty(identity.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Fingerprinted_static_files_are_immutable_for_a_year_and_served_precompressed()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var html = await visitor.GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.[a-z0-9]+\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(css);

        var response = await SendAsync(visitor, css, r => r.Headers.AcceptEncoding.ParseAdd("gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Visitors_arriving_while_a_page_renders_get_that_render_instead_of_their_own()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        await visitor.GetAsync("/"); // the site and its first render are warm

        var burst = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => RenderIdAsync(visitor, "/artikel/hafen-a"))));

        Assert.Single(burst.Distinct());
    }

    [Fact]
    public async Task A_head_request_is_answered_from_the_cached_page_with_its_length_and_no_body()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var page = await visitor.GetAsync("/artikel/hafen-a");
        var body = await page.Content.ReadAsByteArrayAsync();

        var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/artikel/hafen-a"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(page.Headers.GetValues(PageValidators.RenderIdHeader), head.Headers.GetValues(PageValidators.RenderIdHeader));
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/artikel/x", new[] { "site", "article:x" })]
    [InlineData("/themen/hafen", new[] { "site", "tag:hafen" })]
    [InlineData("/themen/hafen/feed.xml", new[] { "site", "tag:hafen" })]
    [InlineData("/rubrik/standort", new[] { "site", "category:standort" })]
    [InlineData("/autoren/anna", new[] { "site", "author:anna" })]
    [InlineData("/archiv/2026", new[] { "site", "year:2026" })]
    [InlineData("/", new[] { "site", "listing" })]
    [InlineData("/themen", new[] { "site", "listing" })]
    [InlineData("/feed.xml", new[] { "site", "listing" })]
    // English pages as their German ones: a change evicts both.
    [InlineData("/en/articles/x", new[] { "site", "article:x" })]
    [InlineData("/en/topics/hafen", new[] { "site", "tag:hafen" })]
    [InlineData("/en/topics/hafen/atom.xml", new[] { "site", "tag:hafen" })]
    [InlineData("/en/categories/standort", new[] { "site", "category:standort" })]
    [InlineData("/en/authors/anna", new[] { "site", "author:anna" })]
    [InlineData("/en/archive/2026/03", new[] { "site", "year:2026" })]
    [InlineData("/en/", new[] { "site", "listing" })]
    [InlineData("/en/topics", new[] { "site", "listing" })]
    [InlineData("/en/feed.xml", new[] { "site", "listing" })]
    public void Pages_are_tagged_by_what_they_are_about(string path, string[] tags) =>
        Assert.Equal(tags, PageCacheTags.ForPath(path));

    private void WriteA(string title) => _content.WriteArticle("hafen-a", title, "2026-05-04",
        extraFrontMatter: "authors: [anna]\ncategory: Standort\ntags: [Hafen]\n");

    private static async Task<List<string>> ExistingAsync(HttpClient visitor, IEnumerable<string> urls)
    {
        var existing = new List<string>();
        foreach (var url in urls)
        {
            if ((await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                existing.Add(url);
        }

        return existing;
    }

    private static async Task<string> RenderIdAsync(HttpClient visitor, string url)
    {
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues(PageValidators.RenderIdHeader).Single();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient visitor, string url, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return visitor.SendAsync(request);
    }
}
