using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Pages;

/// <summary>What the design promises in the served HTML: responsive images, budgets, links, no inline code.</summary>
public sealed class DesignTests : IDisposable
{
    private const string Korea = "/artikel/besuch-suedkoreanische-delegation";
    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Gallery_images_are_pictures_with_webp_and_jpeg_srcsets_sizes_dimensions_and_lazy_loading()
    {
        await using var site = new SiteFactory(_content);
        var html = await site.CreateVisitor().GetStringAsync(Korea);

        var gallery = html[html.IndexOf("<section class=\"gallery\"", StringComparison.Ordinal)..];
        var pictures = Regex.Matches(gallery, "<picture>(.*?)</picture>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, pictures.Count); // the lead photo is above the text, not in the gallery
        foreach (var picture in pictures)
        {
            Assert.Matches("<source type=\"image/webp\" srcset=\"/bilder/[0-9a-f]{64}-480\\.webp 480w, /bilder/[0-9a-f]{64}-960\\.webp 960w, /bilder/[0-9a-f]{64}-1600\\.webp 1600w\" sizes=\"[^\"]+\">", picture);
            Assert.Matches("<img src=\"/bilder/[0-9a-f]{64}-960\\.jpg\" srcset=\"[^\"]*-480\\.jpg 480w, [^\"]*-960\\.jpg 960w, [^\"]*-1600\\.jpg 1600w\" sizes=\"[^\"]+\" alt=\"[^\"]+\" width=\"1600\" height=\"1067\" loading=\"lazy\" decoding=\"async\">", picture);
        }

        // The lead image is on the first screen: not lazy.
        var lead = Regex.Match(html, "<figure class=\"lead-image\">.*?<img ([^>]*)>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("loading=\"eager\"", lead);
        Assert.Contains("width=\"1600\" height=\"1067\"", lead);
    }

    [Fact]
    public async Task Every_variant_a_page_names_is_served_with_a_one_year_immutable_cache_lifetime()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var html = await visitor.GetStringAsync(Korea) + await visitor.GetStringAsync("/");

        var urls = Regex.Matches(html, "/bilder/[0-9a-f]{64}-\\d+\\.(?:webp|jpg)").Select(m => m.Value).Distinct().ToList();
        Assert.True(urls.Count >= 10 * 3 * 2 - 18, $"only {urls.Count} variant URLs"); // 10 images, 3 widths, 2 formats (the card thumbnails repeat gallery ones)
        foreach (var url in urls)
        {
            var response = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(url.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/bilder/../catalogue.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/bilder/" + new string('0', 64) + "-480.jpg")).StatusCode);
    }

    [Fact]
    public async Task Without_javascript_each_thumbnail_links_to_its_full_size_image()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var html = await visitor.GetStringAsync(Korea);

        var links = Regex.Matches(html, "<a class=\"gallery-link\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, links.Count);
        foreach (var link in links)
        {
            Assert.EndsWith("-1600.jpg", link);
            var response = await visitor.GetAsync(link);
            Assert.Equal(("image/jpeg", HttpStatusCode.OK), (response.Content.Headers.ContentType?.MediaType, response.StatusCode));
        }
    }

    // 60 KB until issue 21, which took the Korea article from 58.2 to 69.5 KB (71.2 KB at the merge) uncompressed, with its CSS and JS: the photo
    // downloads (a link per photo, the ZIP, the terms) ~3.9 KB, the press contact, boilerplate and footer ~4.4 KB, the
    // event, attachment and embargo styles ~3.3 KB (on every page, used or not), the cards in the article column.
    [Fact]
    public async Task An_article_page_with_its_css_and_js_stays_under_72_kilobytes()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var html = await visitor.GetByteArrayAsync(Korea);
        var text = System.Text.Encoding.UTF8.GetString(html);

        var assets = Regex.Matches(text, "<link rel=\"stylesheet\" href=\"([^\"]+)\"|<script src=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        // MapStaticAssets fingerprints the file names: /css/site.<hash>.css.
        Assert.Contains(assets, a => Regex.IsMatch(a, "^/css/site\\.([a-z0-9]+\\.)?css"));
        Assert.Contains(assets, a => Regex.IsMatch(a, "^/js/gallery\\.([a-z0-9]+\\.)?js"));
        long total = html.Length;
        foreach (var asset in assets)
            total += (await visitor.GetByteArrayAsync(asset)).Length;

        Assert.True(total < 72 * 1024, $"article page with CSS and JS is {total} bytes");
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Korea)]
    [InlineData("/autoren/jaeger")]
    [InlineData("/gibt-es-nicht")]
    public async Task Pages_have_landmarks_a_skip_link_one_h1_and_no_inline_script_or_style(string path)
    {
        await using var site = new SiteFactory(_content);
        var html = await (await site.CreateVisitor().GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"de\">", html);
        Assert.Matches("<a class=\"skip-link\" href=\"#inhalt\">", html);
        Assert.Contains("<main id=\"inhalt\"", html);
        Assert.Contains("<header class=\"site-header\">", html);
        Assert.Contains("<footer class=\"site-footer\">", html);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        // JSON-LD data blocks are not executed, so a strict CSP allows them; any other script must be external.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>", html);
        Assert.DoesNotMatch("\\sstyle=\"", html);
        Assert.DoesNotMatch("<style[ >]", html);
        Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        Assert.DoesNotContain("//fonts.", html);
        foreach (var (label, href) in new[] { ("Aktuelles", "/"), ("Themen", "/themen"), ("Archiv", "/archiv"), ("Suche", "/suche") })
            Assert.Matches($"<a href=\"{Regex.Escape(href)}\"[^>]*>{label}</a>", html);
    }

    [Fact]
    public async Task An_author_portrait_is_shown_from_its_variants_never_the_original_file()
    {
        using var content = new TempContent();
        content.WriteImage("authors/portrait.jpg");
        content.Write("authors/mueller.md", "---\nname: Erika Müller\nimage: portrait.jpg\n---\nBio.\n");
        content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "authors: [mueller]\n");
        await using var site = new SiteFactory(content);

        var html = await site.CreateVisitor().GetStringAsync("/autoren/mueller");

        Assert.Matches("<img class=\"author-image\" src=\"/bilder/[0-9a-f]{64}-960\\.jpg\"[^>]* alt=\"\" width=\"1600\" height=\"1067\"", html);
        Assert.DoesNotContain("/medien/", html);
    }

    [Fact]
    public async Task Footer_links_the_imprint_and_privacy_statement_from_configuration()
    {
        await using var site = new SiteFactory(_content)
        {
            Settings = new()
            {
                ["Site:ImprintUrl"] = "https://example.org/impressum-test",
                ["Site:PrivacyUrl"] = "https://example.org/datenschutz-test",
            },
        };
        var html = await site.CreateVisitor().GetStringAsync("/");

        Assert.Contains("<a href=\"https://example.org/impressum-test\">Impressum</a>", html);
        Assert.Contains("<a href=\"https://example.org/datenschutz-test\">Datenschutz</a>", html);
    }
}
