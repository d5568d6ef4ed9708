using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>Sitemaps validated against the published XSDs (shipped in Schemas/) and compared with the catalogue.</summary>
public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Img = "http://www.google.com/schemas/sitemap-image/1.1";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Sitemap_is_valid_and_lists_every_public_article_with_lastmod_and_its_gallery_images()
    {
        ReachContent.WriteMany(_content);
        await using var site = ReachContent.Site(_content, "Development", new FixedClock(Now));
        var xml = await site.CreateVisitor().GetStringAsync("/sitemap.xml");

        var document = Validate(xml, "sitemap.xsd", "sitemap-image.xsd", "xhtml-link.xsd");
        var urls = document.Root!.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value);
        var articles = ReachContent.PublicArticles(site, Now.UtcDateTime);

        Assert.Equal("urlset", document.Root.Name.LocalName);
        Assert.Equal(24, articles.Count);
        Assert.Equal(
            articles.Select(a => $"{ReachContent.BaseUrl}/artikel/{a.Slug}").Order(),
            urls.Keys.Where(k => k.Contains("/artikel/")).Order());
        foreach (var article in articles)
        {
            var url = urls[$"{ReachContent.BaseUrl}/artikel/{article.Slug}"];
            var changed = article.ModifiedUtc is { } m && m > article.PublishedUtc ? m : article.PublishedUtc;
            Assert.Equal(DateTime.SpecifyKind(changed, DateTimeKind.Utc),
                DateTimeOffset.Parse(url.Element(Sm + "lastmod")!.Value, CultureInfo.InvariantCulture).UtcDateTime);
            Assert.Equal(
                article.Gallery.OrderBy(g => g.Position).Select(g => (LargestVariantUrl(g.Path), g.Caption)),
                url.Elements(Img + "image").Select(i => (i.Element(Img + "loc")!.Value, i.Element(Img + "caption")!.Value)));
        }

        // A listing's lastmod is its newest public article's: the draft, scheduled and expired ones share these listings, later.
        DateTime Changed(ArticleEntry a) => a.ModifiedUtc is { } m && m > a.PublishedUtc ? m : a.PublishedUtc;
        var listings = articles.Where(a => a.Category is not null).Select(a => (Path: $"/rubrik/{a.Category!.Slug}", a))
            .Concat(articles.SelectMany(a => a.Tags.Select(t => (Path: $"/themen/{t.Tag.Slug}", a))))
            .Concat(articles.SelectMany(a => a.Authors.Select(x => (Path: $"/autoren/{x.AuthorSlug}", a))))
            .GroupBy(l => l.Path, l => Changed(l.a));
        Assert.True(listings.Count() > 3);
        foreach (var listing in listings)
        {
            Assert.Equal(DateTime.SpecifyKind(listing.Max(), DateTimeKind.Utc),
                DateTimeOffset.Parse(urls[ReachContent.BaseUrl + listing.Key].Element(Sm + "lastmod")!.Value, CultureInfo.InvariantCulture).UtcDateTime);
        }

        Assert.Equal(9, urls[$"{ReachContent.BaseUrl}/artikel/besuch-suedkoreanische-delegation"].Elements(Img + "image").Count());
        Assert.Contains($"{ReachContent.BaseUrl}/", urls.Keys);
        Assert.Contains($"{ReachContent.BaseUrl}/autoren/jaeger", urls.Keys);
        Assert.DoesNotContain(urls.Keys, k => k.EndsWith("/entwurf") || k.EndsWith("/zukunft") || k.EndsWith("/abgelaufen"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Past_the_url_limit_the_sitemap_becomes_a_valid_index_of_valid_parts(int maxUrls)
    {
        for (var i = 1; i <= 5; i++)
            _content.WriteArticle($"teil-{i}", $"Teil {i}", $"2026-05-0{i}");
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now),
            settings: new() { ["Site:SitemapMaxUrls"] = maxUrls.ToString(CultureInfo.InvariantCulture) });
        var visitor = site.CreateVisitor();

        var index = Validate(await visitor.GetStringAsync("/sitemap.xml"), "siteindex.xsd");
        var parts = index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        var listed = new List<string>();
        var photos = new Dictionary<string, List<(string, string)>>();
        foreach (var part in parts)
        {
            var document = Validate(await visitor.GetStringAsync(new Uri(part).PathAndQuery), "sitemap.xsd", "sitemap-image.xsd", "xhtml-link.xsd");
            var urls = document.Root!.Elements(Sm + "url").ToList();
            Assert.InRange(urls.Count, 1, maxUrls);
            listed.AddRange(urls.Select(u => u.Element(Sm + "loc")!.Value));
            foreach (var url in urls)
            {
                photos[url.Element(Sm + "loc")!.Value] = url.Elements(Img + "image")
                    .Select(i => (i.Element(Img + "loc")!.Value, i.Element(Img + "caption")!.Value)).ToList();
            }
        }

        // Each part reads the photos of its own articles only: every article still lists all of its own.
        foreach (var article in ReachContent.PublicArticles(site, Now.UtcDateTime))
        {
            Assert.Equal(
                article.Gallery.OrderBy(g => g.Position).Select(g => (LargestVariantUrl(g.Path), g.Caption)),
                photos[$"{ReachContent.BaseUrl}/artikel/{article.Slug}"]);
        }

        Assert.Equal(9, photos[$"{ReachContent.BaseUrl}/artikel/besuch-suedkoreanische-delegation"].Count);

        // home + 2 seed articles + 5 + the press room + the author + the photo terms page + the events = 12 URLs, plus the seed articles' category and tag pages:
        // consecutive parts of at most maxUrls (with two, the second seed article opens the second part).
        var listings = listed.Count(u => u.Contains("/rubrik/", StringComparison.Ordinal) || u.Contains("/themen/", StringComparison.Ordinal));
        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal(Enumerable.Range(1, (listed.Count + maxUrls - 1) / maxUrls).Select(n => $"{ReachContent.BaseUrl}/sitemap-{n}.xml"), parts);
        Assert.True(listings > 0);
        var german = listed.Where(u => !u.StartsWith($"{ReachContent.BaseUrl}/en/", StringComparison.Ordinal)).ToList();
        Assert.Equal(12 + listings, german.Distinct().Count());
        // After the German pages, the English ones: at least home, press room, author, photo terms and events.
        Assert.Equal(german, listed.Take(german.Count));
        Assert.Contains($"{ReachContent.BaseUrl}/en/", listed);
        Assert.Contains($"{ReachContent.BaseUrl}/en/press/photo-rights", listed);
        Assert.Contains($"{ReachContent.BaseUrl}/presse/bildrechte", listed);
        Assert.Contains($"{ReachContent.BaseUrl}/termine", listed);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(Enumerable.Range(1, 5), i => Assert.Contains($"{ReachContent.BaseUrl}/artikel/teil-{i}", listed));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
    }

    [Fact]
    public async Task Below_the_limit_there_are_no_parts()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await site.CreateVisitor().GetAsync("/sitemap-1.xml")).StatusCode);
    }

    [Fact]
    public async Task News_sitemap_is_valid_and_holds_only_public_articles_of_the_last_two_days()
    {
        string At(TimeSpan ago) => (Now - ago).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        _content.WriteArticle("vor-einer-stunde", "Vor einer Stunde: <Nachricht> & mehr", At(TimeSpan.FromHours(1)));
        _content.WriteArticle("vor-47-stunden", "Vor 47 Stunden", At(TimeSpan.FromHours(47)));
        _content.WriteArticle("vor-49-stunden", "Vor 49 Stunden", At(TimeSpan.FromHours(49)));
        _content.WriteArticle("in-einer-stunde", "In einer Stunde", At(TimeSpan.FromHours(-1)));
        _content.WriteArticle("entwurf-neu", "Entwurf", At(TimeSpan.FromHours(2)), extraFrontMatter: "draft: true\n");
        _content.WriteArticle("abgelaufen-neu", "Abgelaufen", At(TimeSpan.FromHours(3)), extraFrontMatter: $"expires: {At(TimeSpan.FromHours(2))}\n");
        await using var site = ReachContent.Site(_content, "Development", new FixedClock(Now));

        var document = Validate(await site.CreateVisitor().GetStringAsync("/sitemap-news.xml"), "sitemap.xsd", "sitemap-news.xsd");
        var urls = document.Root!.Elements(Sm + "url").ToList();

        Assert.Equal(
            [$"{ReachContent.BaseUrl}/artikel/vor-einer-stunde", $"{ReachContent.BaseUrl}/artikel/vor-47-stunden"],
            urls.Select(u => u.Element(Sm + "loc")!.Value));
        var news = urls[0].Element(News + "news")!;
        Assert.Equal("Dortmund.News", news.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("de", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("Vor einer Stunde: <Nachricht> & mehr", news.Element(News + "title")!.Value);
        Assert.Equal(Now - TimeSpan.FromHours(1),
            DateTimeOffset.Parse(news.Element(News + "publication_date")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Robots_txt_names_both_sitemaps_with_absolute_urls()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        var robots = await site.CreateVisitor().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {ReachContent.BaseUrl}/sitemap.xml\n", robots);
        Assert.Contains($"Sitemap: {ReachContent.BaseUrl}/sitemap-news.xml\n", robots);
    }

    /// <summary>Parses <paramref name="xml"/> and validates it against the shipped schemas; every error fails the test.</summary>
    /// <summary>The absolute URL of a seed photo's largest JPEG variant (the seed photos are 1600 px wide), named by the file's SHA-256.</summary>
    private string LargestVariantUrl(string contentPath) =>
        $"{ReachContent.BaseUrl}/bilder/{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_content.ContentPath, contentPath))))}-1600.jpg";

    private static XDocument Validate(string xml, params string[] schemas)
    {
        var set = new XmlSchemaSet();
        foreach (var schema in schemas)
            set.Add(null, Path.Combine(TempContent.RepositoryRoot, "tests", "Dortmund.News.Web.Tests", "Schemas", schema));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
            while (reader.Read())
            {
            }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return XDocument.Parse(xml);
    }
}
