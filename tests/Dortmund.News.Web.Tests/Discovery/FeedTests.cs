using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>The feeds, read back by an independent parser (System.ServiceModel.Syndication) and compared with the catalogue.</summary>
public sealed class FeedTests : IDisposable
{
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new(withSeedContent: true);

    public FeedTests() => ReachContent.WriteMany(_content);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Rss_carries_the_20_newest_public_articles_with_their_catalogue_fields()
    {
        // Development shows drafts on pages; feeds must still leave them out.
        await using var site = ReachContent.Site(_content, "Development", new FixedClock(Now));
        var response = await site.CreateVisitor().GetAsync("/feed.xml");
        var feed = Read(await response.Content.ReadAsStreamAsync(), new Rss20FeedFormatter());
        var expected = ReachContent.PublicArticles(site, Now.UtcDateTime).Take(20).ToList();

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Dortmund.News", feed.Title.Text);
        Assert.Equal(new Uri(ReachContent.BaseUrl + "/"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(expected.Select(a => a.Slug), feed.Items.Select(SlugOf));
        Assert.DoesNotContain(feed.Items, i => SlugOf(i) is "entwurf" or "zukunft" or "abgelaufen");
        foreach (var (item, article) in feed.Items.Zip(expected))
        {
            var url = $"{ReachContent.BaseUrl}/artikel/{article.Slug}";
            Assert.Equal(article.Title, item.Title.Text);
            Assert.Equal(url, item.Id);
            Assert.Equal(new Uri(url), item.Links.Single(l => l.RelationshipType == "alternate").Uri);
            Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(article.PublishedUtc, DateTimeKind.Utc)), item.PublishDate);
            Assert.Equal(article.Summary, item.Summary.Text);
            Assert.Equal(ExpectedHtml(article), Extension(item, "encoded", ContentNs).Single());
            Assert.Equal(article.Authors.OrderBy(a => a.Position).Select(a => a.AuthorSlug == "jaeger" ? "Jäger" : a.Name),
                Extension(item, "creator", DcNs));
            Assert.Equal(
                new[] { article.Category?.Name }.OfType<string>().Concat(article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name)),
                item.Categories.Select(c => c.Name));
            AssertEnclosure(article, item);
        }
    }

    [Fact]
    public async Task Atom_carries_the_same_articles_with_updated_dates_author_links_and_html_content()
    {
        await using var site = ReachContent.Site(_content, "Development", new FixedClock(Now));
        var feed = Read(await site.CreateVisitor().GetStreamAsync("/atom.xml"), new Atom10FeedFormatter());
        var expected = ReachContent.PublicArticles(site, Now.UtcDateTime).Take(20).ToList();

        Assert.Equal($"{ReachContent.BaseUrl}/atom.xml", feed.Id);
        Assert.Equal(expected.Select(a => a.Slug), feed.Items.Select(SlugOf));
        foreach (var (item, article) in feed.Items.Zip(expected))
        {
            var published = DateTime.SpecifyKind(article.PublishedUtc, DateTimeKind.Utc);
            var updated = article.ModifiedUtc is { } m && m > article.PublishedUtc ? DateTime.SpecifyKind(m, DateTimeKind.Utc) : published;
            Assert.Equal(article.Title, item.Title.Text);
            Assert.Equal(new DateTimeOffset(published), item.PublishDate);
            Assert.Equal(new DateTimeOffset(updated), item.LastUpdatedTime);
            Assert.Equal(article.Summary, item.Summary.Text);
            var content = Assert.IsType<TextSyndicationContent>(item.Content);
            Assert.Equal("html", content.Type);
            Assert.Equal(ExpectedHtml(article), content.Text);
            var author = Assert.Single(item.Authors);
            Assert.Equal(("Jäger", $"{ReachContent.BaseUrl}/autoren/jaeger"), (author.Name, author.Uri));
            Assert.Equal(
                new[] { article.Category?.Slug }.OfType<string>().Concat(article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Slug)),
                item.Categories.Select(c => c.Name));
            Assert.Equal(
                new[] { article.Category?.Name }.OfType<string>().Concat(article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name)),
                item.Categories.Select(c => c.Label));
            AssertEnclosure(article, item);
        }

        // meldung-05 has a lastmod: Atom says so.
        Assert.Contains(feed.Items, i => SlugOf(i) == "meldung-05" && i.LastUpdatedTime > i.PublishDate);
    }

    [Fact]
    public async Task Relative_links_and_images_in_the_content_become_absolute()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var feed = Read(await site.CreateVisitor().GetStreamAsync("/feed.xml"), new Rss20FeedFormatter());

        var html = Extension(feed.Items.Single(i => SlugOf(i) == "meldung-22"), "encoded", ContentNs).Single();

        Assert.Contains("href=\"https://news.example/kontakt\"", html);
        Assert.Contains("src=\"https://news.example/artikel/bild.jpg\"", html);
        Assert.Contains("href=\"https://news.example/artikel/meldung-22#teil\"", html);
        Assert.Contains("href=\"https://example.org/x\"", html);
        Assert.DoesNotMatch("(href|src)=\"(?!https://)", html);
    }

    [Theory]
    [InlineData("/rubrik/wirtschaftsfoerderung-international", "Dortmund.News – Rubrik Wirtschaftsförderung International")]
    [InlineData("/rubrik/wirtschaft", "Dortmund.News – Rubrik Wirtschaft")]
    [InlineData("/themen/tag-1", "Dortmund.News – Thema Tag 1")]
    [InlineData("/themen/delegation", "Dortmund.News – Thema Delegation")]
    [InlineData("/autoren/jaeger", "Dortmund.News – Artikel von Jäger")]
    public async Task Category_tag_and_author_feeds_carry_exactly_their_public_articles(string page, string title)
    {
        await using var site = ReachContent.Site(_content, "Development", new FixedClock(Now));
        var visitor = site.CreateVisitor();
        var rss = Read(await visitor.GetStreamAsync(page + "/feed.xml"), new Rss20FeedFormatter());
        var atom = Read(await visitor.GetStreamAsync(page + "/atom.xml"), new Atom10FeedFormatter());

        var slug = page.Split('/')[2];
        var expected = ReachContent.PublicArticles(site, Now.UtcDateTime).Where(a => page.Split('/')[1] switch
        {
            "rubrik" => a.Category?.Slug == slug,
            "themen" => a.Tags.Any(t => t.Tag.Slug == slug),
            _ => a.Authors.Any(x => x.AuthorSlug == slug),
        }).Take(20).Select(a => a.Slug).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(title, rss.Title.Text);
        Assert.Equal(title, atom.Title.Text);
        Assert.Equal(expected, rss.Items.Select(SlugOf));
        Assert.Equal(expected, atom.Items.Select(SlugOf));
        Assert.Equal(new Uri(ReachContent.BaseUrl + page), rss.Links.Single(l => l.RelationshipType == "alternate").Uri);
    }

    [Theory]
    [InlineData("/rubrik/gibt-es-nicht/feed.xml")]
    [InlineData("/themen/gibt-es-nicht/atom.xml")]
    [InlineData("/autoren/niemand/feed.xml")]
    public async Task Feeds_of_unknown_listings_are_404(string path)
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateVisitor().GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/autoren/jaeger/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task Conditional_get_answers_304_until_the_content_changes(string path)
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var visitor = site.CreateVisitor();
        var first = await visitor.GetAsync(path);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        var byEtag = new HttpRequestMessage(HttpMethod.Get, path);
        byEtag.Headers.IfNoneMatch.Add(etag);
        var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = lastModified;
        var olderDate = new HttpRequestMessage(HttpMethod.Get, path);
        olderDate.Headers.IfModifiedSince = lastModified.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), lastModified);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(byEtag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(byDate)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SendAsync(olderDate)).StatusCode);

        _content.WriteArticle("neu", "Neu", "2026-11-21T10:00:00+01:00", extraFrontMatter: "authors: [jaeger]\n");
        await site.SyncAsync();
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await visitor.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("/artikel/neu", await changed.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_requests_get_the_headers(string path)
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        var response = await site.CreateVisitor().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/", "/feed.xml", "/atom.xml")]
    [InlineData("/artikel/besuch-suedkoreanische-delegation", "/feed.xml", "/atom.xml")]
    [InlineData("/autoren/jaeger", "/autoren/jaeger/feed.xml", "/autoren/jaeger/atom.xml")]
    public async Task Pages_announce_their_feeds(string page, string rss, string atom)
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var html = await site.CreateVisitor().GetStringAsync(page);

        var links = Regex.Matches(html, "<link rel=\"alternate\" type=\"([^\"]+)\" title=\"[^\"]+\" href=\"([^\"]+)\">")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value)).ToList();

        Assert.Contains(("application/rss+xml", ReachContent.BaseUrl + rss), links);
        Assert.Contains(("application/atom+xml", ReachContent.BaseUrl + atom), links);
    }

    /// <summary>The article's HTML with its relative links resolved against the article URL, written out independently of the site's rewriter.</summary>
    // The feed re-serializes the article HTML (Markdig writes "<img />", the feed "<img>"): compared as HTML5 serializes it.
    private static string ExpectedHtml(ArticleEntry article) => Serialized(WithAbsoluteLinks(article));

    private static string Serialized(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("");
        document.Body!.InnerHtml = html;
        return document.Body.InnerHtml;
    }

    private static string WithAbsoluteLinks(ArticleEntry article)
    {
        if (article.Slug != "meldung-22")
            return article.Html;
        Assert.Contains("href=\"/kontakt\"", article.Html);
        return article.Html
            .Replace("href=\"/kontakt\"", "href=\"https://news.example/kontakt\"")
            .Replace("src=\"bild.jpg\"", "src=\"https://news.example/artikel/bild.jpg\"")
            .Replace("href=\"#teil\"", "href=\"https://news.example/artikel/meldung-22#teil\"");
    }

    private void AssertEnclosure(ArticleEntry article, SyndicationItem item)
    {
        var enclosures = item.Links.Where(l => l.RelationshipType == "enclosure").ToList();
        var path = article.LeadImagePath ?? article.Gallery.OrderBy(g => g.Position).FirstOrDefault()?.Path;
        if (path is null)
        {
            Assert.Empty(enclosures);
            return;
        }

        // The largest JPEG variant (the seed photos are 1600 px wide), never the original file.
        var enclosure = Assert.Single(enclosures);
        var variant = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_content.ContentPath, path))))}-1600.jpg";
        Assert.Equal(new Uri($"{ReachContent.BaseUrl}/bilder/{variant}"), enclosure.Uri);
        Assert.Equal(new FileInfo(Path.Combine(_content.ImageVariantsPath, variant)).Length, enclosure.Length);
        Assert.Equal("image/jpeg", enclosure.MediaType);
    }

    private static SyndicationFeed Read(Stream stream, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(stream);
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string SlugOf(SyndicationItem item) =>
        item.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath.Split('/').Last();

    private static List<string> Extension(SyndicationItem item, string name, string ns) =>
        item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns)
            .Select(e => e.GetReader().ReadElementContentAsString()).ToList();
}
