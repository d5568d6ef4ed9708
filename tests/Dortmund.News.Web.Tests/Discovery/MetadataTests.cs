using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>Head metadata: titles, descriptions, canonical links, Open Graph, Twitter cards and JSON-LD.</summary>
public sealed class MetadataTests : IDisposable
{
    private const string Korea = "/artikel/besuch-suedkoreanische-delegation";
    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Article_json_ld_is_a_news_article_with_every_gallery_image_credited()
    {
        await using var site = ReachContent.Site(_content);
        var html = await site.CreateVisitor().GetStringAsync(Korea);

        var article = JsonLd(html).Single(j => j.GetProperty("@type").GetString() == "NewsArticle");

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Wirtschaftsförderung International - Besuch einer südkoreanischen Delegation in Dortmund", article.GetProperty("headline").GetString());
        Assert.Equal(ReachContent.BaseUrl + Korea, article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-12T10:00:00+01:00"), article.GetProperty("datePublished").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2026-11-12T10:00:00+01:00"), article.GetProperty("dateModified").GetDateTimeOffset());
        var images = article.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "empfang-1", "empfang-2", "empfang-3", "empfang-4", "tu-dortmund", "hafenamt", "isst", "wilo-1", "wilo-2" }
                .Select(name => LargestVariantUrl($"{name}.jpg")),
            images.Select(i => i.GetProperty("url").GetString()));
        Assert.All(images, image =>
        {
            Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
            Assert.Equal(image.GetProperty("url").GetString(), image.GetProperty("contentUrl").GetString());
            Assert.Equal("image/jpeg", image.GetProperty("encodingFormat").GetString());
            Assert.False(string.IsNullOrEmpty(image.GetProperty("caption").GetString()));
            Assert.Equal("WF DO / Jäger", image.GetProperty("creditText").GetString());
            Assert.Equal("© WF DO / Jäger", image.GetProperty("copyrightNotice").GetString());
            Assert.Equal((1600, 1067), (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()));
        });
        Assert.Equal("TU Dortmund", images[4].GetProperty("caption").GetString());
        var author = Assert.Single(article.GetProperty("author").EnumerateArray());
        Assert.Equal(("Person", "Jäger", ReachContent.BaseUrl + "/autoren/jaeger"),
            (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.GetProperty("url").GetString()));
        var publisher = article.GetProperty("publisher");
        Assert.Equal(("Organization", "Dortmund.News"), (publisher.GetProperty("@type").GetString(), publisher.GetProperty("name").GetString()));
        var logo = publisher.GetProperty("logo");
        Assert.Equal(ReachContent.BaseUrl + "/img/logo.png", logo.GetProperty("url").GetString());
        Assert.Equal("Wirtschaftsförderung International", article.GetProperty("articleSection").GetString());

        // The logo is a real, self-hosted PNG of the size the markup claims.
        var file = await site.CreateVisitor().GetAsync("/img/logo.png");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal((logo.GetProperty("width").GetInt32(), logo.GetProperty("height").GetInt32()),
            (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }

    [Fact]
    public async Task Article_and_listings_carry_breadcrumbs()
    {
        await using var site = ReachContent.Site(_content);
        var visitor = site.CreateVisitor();

        var article = Crumbs(await visitor.GetStringAsync(Korea));
        var author = Crumbs(await visitor.GetStringAsync("/autoren/jaeger"));

        Assert.Equal(
        [
            ("Startseite", ReachContent.BaseUrl + "/"),
            ("Wirtschaftsförderung International", ReachContent.BaseUrl + "/rubrik/wirtschaftsfoerderung-international"),
            ("Wirtschaftsförderung International - Besuch einer südkoreanischen Delegation in Dortmund", ReachContent.BaseUrl + Korea),
        ], article);
        Assert.Equal([("Startseite", ReachContent.BaseUrl + "/"), ("Jäger", ReachContent.BaseUrl + "/autoren/jaeger")], author);
    }

    [Fact]
    public async Task Article_has_open_graph_article_properties_and_a_large_twitter_card()
    {
        await using var site = ReachContent.Site(_content);
        var html = await site.CreateVisitor().GetStringAsync(Korea);
        var meta = Meta(html);

        Assert.Equal("article", meta["og:type"].Single());
        Assert.Equal(ReachContent.BaseUrl + Korea, meta["og:url"].Single());
        Assert.Equal(LargestVariantUrl("empfang-1.jpg"), meta["og:image"].Single());
        Assert.Equal(meta["og:image"].Single(), meta["twitter:image"].Single());
        Assert.Equal("image/jpeg", meta["og:image:type"].Single());
        Assert.Equal("1600", meta["og:image:width"].Single());
        Assert.Equal("1067", meta["og:image:height"].Single());
        Assert.Equal("2026-11-12T10:00:00+01:00", meta["article:published_time"].Single());
        Assert.Equal("2026-11-12T10:00:00+01:00", meta["article:modified_time"].Single());
        Assert.Equal(ReachContent.BaseUrl + "/autoren/jaeger", meta["article:author"].Single());
        Assert.Equal("Wirtschaftsförderung International", meta["article:section"].Single());
        Assert.Equal(["Delegation", "Südkorea", "Innovation", "Wissenschaft", "Strukturwandel"], meta["article:tag"]);
        Assert.Equal("summary_large_image", meta["twitter:card"].Single());
        Assert.StartsWith("Wie gehen andere Regionen", meta["description"].Single());
        Assert.Contains($"<link rel=\"canonical\" href=\"{ReachContent.BaseUrl}{Korea}\">", html);
    }

    [Fact]
    public async Task Text_from_content_cannot_break_out_of_the_json_ld_script()
    {
        const string title = "Böse </script><script>alert(1)</script> & \"Zitat\"";
        _content.WriteArticle("boese", title.Replace("\"", "\\\""), "2026-01-01", extraFrontMatter: "summary: \"</script><!--\"\n");
        await using var site = ReachContent.Site(_content);
        var html = await site.CreateVisitor().GetStringAsync("/artikel/boese");

        var scripts = Regex.Matches(html, "<script[^>]*>(.*?)</script>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var article = JsonLd(html).Single(j => j.GetProperty("@type").GetString() == "NewsArticle");

        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.DoesNotContain("<", s));
        Assert.Equal(title, article.GetProperty("headline").GetString());
        Assert.Equal("</script><!--", article.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Every_page_has_its_own_title_a_description_and_german_language()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"artikel-{day:00}", $"Artikel {day}", $"2026-03-{day:00}", extraFrontMatter: "authors: [jaeger]\n");
        await using var site = ReachContent.Site(_content);
        var visitor = site.CreateVisitor();
        string[] pages = ["/", "/?seite=2", Korea, "/artikel/artikel-01", "/autoren/jaeger", "/autoren/jaeger?seite=2", "/gibt-es-nicht"];

        var heads = new List<(string Title, string Description)>();
        foreach (var page in pages)
        {
            var html = await (await visitor.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"de\">", html);
            heads.Add((Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value, Meta(html)["description"].Single()));
        }

        Assert.Equal(pages.Length, heads.Select(h => h.Title).Distinct().Count());
        Assert.All(heads, h => Assert.False(string.IsNullOrWhiteSpace(h.Description)));
        Assert.Equal("Aktuelles – Seite 2 – Dortmund.News", heads[1].Title);
        Assert.Equal("Jäger – Seite 2 – Dortmund.News", heads[5].Title);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?seite=1", "/")]
    [InlineData("/?seite=2&utm_source=x", "/?seite=2")]
    [InlineData("/autoren/jaeger?utm_source=x", "/autoren/jaeger")]
    public async Task Canonical_links_use_the_base_url_and_only_the_page_number(string page, string canonical)
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"artikel-{day:00}", $"Artikel {day}", $"2026-03-{day:00}");
        await using var site = ReachContent.Site(_content);

        var html = await site.CreateVisitor().GetStringAsync(page);

        Assert.Contains($"<link rel=\"canonical\" href=\"{ReachContent.BaseUrl}{canonical}\">", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"{ReachContent.BaseUrl}{canonical}\">", html);
    }

    [Fact]
    public async Task Error_pages_are_not_indexed_and_have_no_canonical_link()
    {
        await using var site = ReachContent.Site(_content);

        var response = await site.CreateVisitor().GetAsync("/artikel/gibt-es-nicht");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.DoesNotContain("rel=\"canonical\"", html);
    }

    [Fact]
    public async Task Without_a_base_url_forwarded_headers_from_a_trusted_proxy_decide_the_origin()
    {
        await using var site = new SiteFactory(_content)
        {
            Settings = new() { ["Site:BaseUrl"] = "", ["Site:ForwardedHeaders"] = "true", ["Site:KnownProxies:0"] = "*" },
        };
        var request = new HttpRequestMessage(HttpMethod.Get, Korea);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "presse.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var html = await (await site.CreateVisitor().SendAsync(request)).Content.ReadAsStringAsync();
        var rss = await site.CreateVisitor().GetStringAsync("/feed.xml");

        Assert.Contains($"<link rel=\"canonical\" href=\"https://presse.example{Korea}\">", html);
        Assert.Contains("<link>http://localhost/</link>", rss);
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_configured()
    {
        await using var site = new SiteFactory(_content) { Settings = new() { ["Site:BaseUrl"] = "" } };
        var request = new HttpRequestMessage(HttpMethod.Get, Korea);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "boese.example");

        var html = await (await site.CreateVisitor().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{Korea}\">", html);
    }

    /// <summary>The URL of a Korea photo's 1600 px JPEG variant, named by the SHA-256 of the file.</summary>
    private string LargestVariantUrl(string fileName) =>
        $"{ReachContent.BaseUrl}/bilder/{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            File.ReadAllBytes(Path.Combine(_content.ContentPath, "articles/2026/besuch-suedkoreanische-delegation", fileName))))}-1600.jpg";

    private static List<JsonElement> JsonLd(string html) =>
        Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)
            .Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();

    private static List<(string, string)> Crumbs(string html) =>
        JsonLd(html).Single(j => j.GetProperty("@type").GetString() == "BreadcrumbList")
            .GetProperty("itemListElement").EnumerateArray()
            .Select((item, i) =>
            {
                Assert.Equal(i + 1, item.GetProperty("position").GetInt32());
                return (item.GetProperty("name").GetString()!, item.GetProperty("item").GetString()!);
            }).ToList();

    /// <summary>Meta tags by name or property, values HTML-decoded, in document order.</summary>
    private static ILookup<string, string> Meta(string html) =>
        Regex.Matches(html, "<meta (?:name|property)=\"([^\"]+)\" content=\"([^\"]*)\">")
            .ToLookup(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
}
