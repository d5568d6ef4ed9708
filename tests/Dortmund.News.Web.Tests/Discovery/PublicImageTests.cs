using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Dortmund.News.Testing;
using SkiaSharp;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>
/// Every image URL the site hands out — in the page, Open Graph, JSON-LD, feeds, sitemap — is a
/// re-encoded variant without the camera's metadata, and the original files are never served.
/// The photos here are written the way cameras write them: Exif with a GPS position.
/// </summary>
public sealed class PublicImageTests : IDisposable
{
    private const string Slug = "kamerabilder";
    private const string Folder = "articles/2026/kamerabilder";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Img = "http://www.google.com/schemas/sitemap-image/1.1";

    private readonly TempContent _content = new(withSeedContent: true);

    public PublicImageTests()
    {
        // Stored sideways (orientation 6): 2400×1600 as stored, 1600×2400 upright. The narrow one is below 1600 px.
        _content.Write($"{Folder}/hochformat.jpg", JpegWithExif.Create(2400, 1600, orientation: 6));
        _content.Write($"{Folder}/schmal.jpg", JpegWithExif.Create(1200, 800, orientation: 1));
        _content.Write($"{Folder}/liegt-nur-da.jpg", JpegWithExif.Create(64, 48, orientation: 1));
        _content.Write($"{Folder}/index.md", """
            ---
            title: Kamerabilder
            date: 2026-11-20T09:00:00+01:00
            authors: [jaeger]
            category: Wirtschaft
            tags: [Kamera]
            summary: Fotos, wie sie aus der Kamera kommen.
            image: hochformat.jpg
            gallery:
              - src: hochformat.jpg
                caption: Hochformat
                credit: WF DO / Test
                alt: Ein Foto im Hochformat
              - src: schmal.jpg
                caption: Schmal
                credit: WF DO / Test
                alt: Ein schmales Foto
            ---
            Ein Absatz Text.
            """);
        _content.Write("authors/jaeger.jpg", JpegWithExif.Create(600, 800, orientation: 1));
        _content.Write("authors/jaeger.md", "---\nname: Jäger\nrole: Wirtschaftsförderung Dortmund – International\nimage: jaeger.jpg\n---\nProfiltext.\n");
        // Lead images outside any gallery: beside an article folder's index.md, and beside a flat article file.
        _content.Write("articles/2026/nur-aufmacher/aufmacher.jpg", JpegWithExif.Create(64, 48, orientation: 1));
        _content.Write("articles/2026/nur-aufmacher/index.md", "---\ntitle: Nur Aufmacher\ndate: 2026-11-18\nimage: aufmacher.jpg\n---\nText.\n");
        _content.Write("articles/flach.jpg", JpegWithExif.Create(64, 48, orientation: 1));
        _content.WriteArticle("flach", "Flach", "2026-11-17", extraFrontMatter: "image: flach.jpg\n");
        // Embargoed photos: a draft and a scheduled article.
        foreach (var (slug, extra) in new[] { ("sperrfrist", "draft: true\n"), ("zukunft", "") })
        {
            _content.Write($"articles/2026/{slug}/geheim.jpg", JpegWithExif.Create(64, 48, orientation: 1));
            _content.Write($"articles/2026/{slug}/index.md",
                $"---\ntitle: {slug}\ndate: {(slug == "zukunft" ? "2099-01-01" : "2026-11-19")}\n{extra}gallery:\n  - src: geheim.jpg\n    caption: C\n    credit: K\n    alt: A\n---\nText.\n");
        }
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Every_image_url_of_the_article_its_feeds_sitemap_json_ld_and_open_graph_is_a_variant_without_metadata()
    {
        Assert.NotEmpty(JpegWithExif.MetadataIn(Original("hochformat.jpg")));
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var visitor = site.CreateVisitor();

        var claims = await PublicImageClaimsAsync(visitor);

        // Where images are named: page (srcsets, src, the gallery's no-JS links, the author's portrait), head, JSON-LD, 4 feeds × 2 formats, sitemap.
        Assert.Equal(
            ["atom", "json-ld", "og:image", "page", "rss", "sitemap", "twitter:image"],
            claims.Select(c => c.Where.Split(' ')[0]).Distinct().Order());
        Assert.Equal(8, claims.Count(c => c.Where.Contains("enclosure", StringComparison.Ordinal)));
        var hochformat = $"{ReachContent.BaseUrl}/bilder/{Hash("hochformat.jpg")}-1600.jpg";
        var schmal = $"{ReachContent.BaseUrl}/bilder/{Hash("schmal.jpg")}-1200.jpg";
        Assert.Contains(new ImageClaim("og:image", hochformat, 1600, 2400, Type: "image/jpeg"), claims);
        Assert.Contains(new ImageClaim("twitter:image", hochformat), claims);
        Assert.Equal([hochformat, schmal], claims.Where(c => c.Where == "json-ld url").Select(c => c.Url));
        Assert.Equal([hochformat, schmal], claims.Where(c => c.Where == "sitemap").Select(c => c.Url));
        Assert.All(claims.Where(c => c.Where.StartsWith("rss enclosure", StringComparison.Ordinal)), c => Assert.Equal(hochformat, c.Url));
        // The lead photo (hochformat) is shown above the text, not a second time in the gallery.
        Assert.Equal(["/bilder/" + Hash("schmal.jpg") + "-1200.jpg"],
            claims.Where(c => c.Where == "page gallery link").Select(c => c.Url));
        Assert.Contains(claims, c => c.Where == "page portrait" && c.Url.Contains(Hash("authors/jaeger.jpg"), StringComparison.Ordinal));

        var checkedFiles = 0;
        foreach (var group in claims.GroupBy(c => SitePath(c.Url)))
        {
            Assert.StartsWith("/bilder/", group.Key);
            var response = await visitor.GetAsync(group.Key);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{group.Key} ({string.Join(", ", group.Select(c => c.Where).Distinct())}): {response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(JpegWithExif.MetadataIn(bytes) is [], $"{group.Key} carries {string.Join(", ", JpegWithExif.MetadataIn(bytes))}");
            using var bitmap = SKBitmap.Decode(bytes);
            foreach (var claim in group)
            {
                if (claim.Width is { } width)
                    Assert.True(width == bitmap.Width, $"{claim.Where} says {width} px wide, {group.Key} is {bitmap.Width}");
                if (claim.Height is { } height)
                    Assert.True(height == bitmap.Height, $"{claim.Where} says {height} px high, {group.Key} is {bitmap.Height}");
                if (claim.Length is { } length)
                    Assert.True(length == bytes.Length, $"{claim.Where} says {length} bytes, {group.Key} has {bytes.Length}");
                if (claim.Type is { } type)
                    Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            }

            checkedFiles++;
        }

        // 3 images × (WebP + JPEG) per width: 1600 px image 3 widths, 1200 px 3, portrait 600 px 2 (480, 600).
        // The cards below the article (previous, next, related) are text only.
        Assert.Equal(2 * (3 + 3 + 2), checkedFiles);
    }

    [Fact]
    public async Task Old_links_to_original_files_redirect_to_the_largest_variant_and_never_return_the_original_bytes()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var visitor = site.CreateVisitor();

        foreach (var (path, target) in new[]
                 {
                     ($"{Folder}/hochformat.jpg", $"/bilder/{Hash("hochformat.jpg")}-1600.jpg"),
                     ($"{Folder}/schmal.jpg", $"/bilder/{Hash("schmal.jpg")}-1200.jpg"),
                     ("authors/jaeger.jpg", $"/bilder/{Hash("authors/jaeger.jpg")}-600.jpg"),
                     ("articles/2026/nur-aufmacher/aufmacher.jpg", $"/bilder/{Hash("articles/2026/nur-aufmacher/aufmacher.jpg")}-64.jpg"),
                     ("articles/flach.jpg", $"/bilder/{Hash("articles/flach.jpg")}-64.jpg"),
                     // The seed article's photo, as feeds and sitemaps named it before.
                     ("articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg",
                         $"/bilder/{Hash("articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg")}-1600.jpg"),
                 })
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
            {
                var response = await visitor.SendAsync(new HttpRequestMessage(method, "/medien/" + path));
                Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{method} /medien/{path}: {response.StatusCode}");
                Assert.Equal(target, response.Headers.Location?.OriginalString);
                Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
            }

            var variant = await visitor.GetByteArrayAsync(target);
            Assert.NotEqual(Original(path), variant);
            Assert.Empty(JpegWithExif.MetadataIn(variant));
        }

        foreach (var path in new[]
                 {
                     $"{Folder}/index.md", $"{Folder}/fehlt.jpg", $"{Folder}/liegt-nur-da.jpg", "articles/2026/sperrfrist/geheim.jpg",
                     "articles/2026/zukunft/geheim.jpg", "authors/jaeger.md", "", $"{Folder}/", $"{Folder.ToUpperInvariant()}/hochformat.jpg",
                 })
        {
            var response = await visitor.GetAsync("/medien/" + path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/medien/{path}: {response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.DoesNotContain("image/", response.Content.Headers.ContentType?.MediaType ?? "");
            if (File.Exists(Path.Combine(_content.ContentPath, path)))
                Assert.NotEqual(File.ReadAllBytes(Path.Combine(_content.ContentPath, path)), body);
        }
    }

    [Fact]
    public async Task When_an_image_turns_unreadable_the_article_fails_and_its_last_good_version_links_only_files_that_exist()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));
        var visitor = site.CreateVisitor();
        Assert.Equal(1, (await PublicImageClaimsAsync(visitor)).Count(c => c.Where == "page gallery link"));

        _content.Write($"{Folder}/schmal.jpg", "kein bild"u8.ToArray());
        var report = await site.SyncAsync();

        Assert.Contains(report.Problems, p => p.Code == "NEWS025" && p.Path.EndsWith($"{Folder}/index.md", StringComparison.Ordinal));
        var claims = await PublicImageClaimsAsync(visitor);
        Assert.DoesNotContain(claims, c => c.Where == "page gallery link"); // the lead photo is the only one left, shown above the text
        foreach (var url in claims.Select(c => SitePath(c.Url)).Distinct())
            Assert.True((await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} is named but not served");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/medien/{Folder}/schmal.jpg")).StatusCode);
    }

    /// <summary>An image URL somewhere in what the site publishes, with what that place says about the file.</summary>
    private sealed record ImageClaim(string Where, string Url, int? Width = null, int? Height = null, long? Length = null, string? Type = null);

    /// <summary>
    /// Every image URL in the article page (and the author page with the portrait), its head metadata and JSON-LD,
    /// the site, category, tag and author feeds (RSS and Atom) and the sitemap. Fails on any /medien/ link.
    /// </summary>
    private static async Task<List<ImageClaim>> PublicImageClaimsAsync(HttpClient visitor)
    {
        var claims = new List<ImageClaim>();
        var articleUrl = $"{ReachContent.BaseUrl}/artikel/{Slug}";
        var html = await visitor.GetStringAsync($"/artikel/{Slug}");
        var author = await visitor.GetStringAsync("/autoren/jaeger");
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var main = document.QuerySelector("main")!;
        foreach (var image in main.QuerySelectorAll("img"))
        {
            claims.Add(new ImageClaim("page img src", image.GetAttribute("src")!));
            claims.AddRange(Srcset("page img srcset", image.GetAttribute("srcset")));
        }

        foreach (var source in main.QuerySelectorAll("picture source"))
            claims.AddRange(Srcset("page source srcset", source.GetAttribute("srcset"), source.GetAttribute("type")));
        claims.AddRange(main.QuerySelectorAll("a.gallery-link").Select(a => new ImageClaim("page gallery link", a.GetAttribute("href")!, Type: "image/jpeg")));

        var portrait = parser.ParseDocument(author).QuerySelector("img.author-image")!;
        claims.Add(new ImageClaim("page portrait", portrait.GetAttribute("src")!));
        claims.AddRange(Srcset("page portrait", portrait.GetAttribute("srcset")));
        claims.AddRange(portrait.ParentElement!.QuerySelectorAll("source").SelectMany(s => Srcset("page portrait", s.GetAttribute("srcset"), s.GetAttribute("type"))));

        var meta = document.QuerySelectorAll("meta[property], meta[name]")
            .ToLookup(m => m.GetAttribute("property") ?? m.GetAttribute("name")!, m => m.GetAttribute("content")!);
        claims.Add(new ImageClaim("og:image", meta["og:image"].Single(), int.Parse(meta["og:image:width"].Single(), CultureInfo.InvariantCulture),
            int.Parse(meta["og:image:height"].Single(), CultureInfo.InvariantCulture), Type: meta["og:image:type"].Single()));
        claims.Add(new ImageClaim("twitter:image", meta["twitter:image"].Single()));
        var newsArticle = document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonDocument.Parse(script.TextContent).RootElement)
            .Single(json => json.GetProperty("@type").GetString() == "NewsArticle");
        foreach (var image in newsArticle.GetProperty("image").EnumerateArray())
        {
            var (width, height) = (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32());
            var type = image.GetProperty("encodingFormat").GetString();
            claims.Add(new ImageClaim("json-ld url", image.GetProperty("url").GetString()!, width, height, Type: type));
            claims.Add(new ImageClaim("json-ld contentUrl", image.GetProperty("contentUrl").GetString()!, width, height, Type: type));
        }

        Assert.DoesNotContain("/medien/", html + author);

        foreach (var feed in new[] { "", "/rubrik/wirtschaft", "/themen/kamera", "/autoren/jaeger" })
        {
            var rss = await visitor.GetStringAsync(feed + "/feed.xml");
            var atom = await visitor.GetStringAsync(feed + "/atom.xml");
            Assert.DoesNotContain("/medien/", rss + atom);
            var item = XDocument.Parse(rss).Descendants("item").Single(i => i.Element("link")!.Value == articleUrl);
            var enclosure = item.Element("enclosure")!;
            claims.Add(new ImageClaim($"rss enclosure {feed}", (string)enclosure.Attribute("url")!,
                Length: (long)enclosure.Attribute("length")!, Type: (string)enclosure.Attribute("type")!));
            claims.Add(MediaContent($"rss media {feed}", item));
            var entry = XDocument.Parse(atom).Descendants(Atom + "entry")
                .Single(e => e.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == articleUrl));
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
            claims.Add(new ImageClaim($"atom enclosure {feed}", (string)link.Attribute("href")!,
                Length: (long)link.Attribute("length")!, Type: (string)link.Attribute("type")!));
            claims.Add(MediaContent($"atom media {feed}", entry));
        }

        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("/medien/", sitemap);
        claims.AddRange(XDocument.Parse(sitemap).Descendants(Sm + "url")
            .Single(u => u.Element(Sm + "loc")!.Value == articleUrl)
            .Elements(Img + "image").Select(i => new ImageClaim("sitemap", i.Element(Img + "loc")!.Value)));
        return claims;
    }

    private static IEnumerable<ImageClaim> Srcset(string where, string? srcset, string? type = null) =>
        (srcset ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var parts = candidate.Split(' ');
            return new ImageClaim(where, parts[0], Width: int.Parse(parts[1].TrimEnd('w'), CultureInfo.InvariantCulture), Type: type);
        });

    private static ImageClaim MediaContent(string where, XElement entry)
    {
        var media = entry.Element(Media + "content")!;
        return new ImageClaim(where, (string)media.Attribute("url")!, (int)media.Attribute("width")!, (int)media.Attribute("height")!,
            (long)media.Attribute("fileSize")!, (string)media.Attribute("type")!);
    }

    /// <summary>The site path of an absolute or site-relative URL.</summary>
    private static string SitePath(string url) =>
        url.StartsWith(ReachContent.BaseUrl + "/", StringComparison.Ordinal) ? url[ReachContent.BaseUrl.Length..]
        : url.StartsWith('/') ? url
        : throw new Xunit.Sdk.XunitException($"{url} is not on the site");

    /// <summary>The bytes of a content file: a bare file name is in the test article's folder, a path is relative to content/.</summary>
    private byte[] Original(string path) =>
        File.ReadAllBytes(Path.Combine(_content.ContentPath, path.Contains('/') ? path : $"{Folder}/{path}"));

    /// <summary>The content hash that names a file's variants.</summary>
    private string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(Original(path)));
}
