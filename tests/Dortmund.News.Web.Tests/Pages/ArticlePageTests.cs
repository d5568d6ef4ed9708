using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Pages;

public sealed class ArticlePageTests : IDisposable
{
    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Korea_article_shows_all_nine_captions_and_credits_in_order_the_lead_photo_above_the_text()
    {
        await using var site = new SiteFactory(_content);
        var html = await site.CreateVisitor().GetStringAsync("/artikel/besuch-suedkoreanische-delegation");

        var captions = Regex.Matches(html, "<span class=\"caption\">(.*?)</span>\\s*<span class=\"credit\">(.*?)</span>")
            .Select(m => $"{m.Groups[1].Value} | {m.Groups[2].Value}").ToList();

        Assert.Contains("<figcaption class=\"lead-caption\">WF Empfang <span class=\"lead-credit\">Foto: WF DO / Jäger</span>", html);
        Assert.Equal(
        [
            "WF Empfang | Foto: WF DO / Jäger", "WF Empfang | Foto: WF DO / Jäger",
            "WF Empfang | Foto: WF DO / Jäger", "TU Dortmund | Foto: WF DO / Jäger", "Hafenamt | Foto: WF DO / Jäger",
            "ISST | Foto: WF DO / Jäger", "WILO | Foto: WF DO / Jäger", "WILO | Foto: WF DO / Jäger",
        ], captions);
        Assert.Equal(8, Regex.Matches(html, "<figcaption>").Count);
    }

    [Fact]
    public async Task Article_page_shows_title_german_date_category_author_and_headings()
    {
        await using var site = new SiteFactory(_content);
        var html = await site.CreateVisitor().GetStringAsync("/artikel/besuch-suedkoreanische-delegation");

        Assert.Contains("<h1>Wirtschaftsförderung International - Besuch einer südkoreanischen Delegation in Dortmund</h1>", html);
        Assert.Contains(">12. November 2026</time>", html);
        Assert.Contains("<a class=\"category\" href=\"/rubrik/wirtschaftsfoerderung-international\">Wirtschaftsförderung International</a>", html);
        Assert.Contains("<a href=\"/autoren/jaeger\" rel=\"author\">Jäger</a>", html);
        Assert.Contains("<h2 id=\"kooperation-als-erfolgsfaktor\">Kooperation als Erfolgsfaktor</h2>", html);
        Assert.Contains("class=\"author-box\"", html);
    }

    [Fact]
    public async Task Hokkaido_article_links_to_zfp()
    {
        await using var site = new SiteFactory(_content);
        var html = await site.CreateVisitor().GetStringAsync("/artikel/erkundungsbesuch-delegation-hokkaido");

        Assert.Contains("href=\"https://www.zfp-do.de/\"", html);
        Assert.Contains("<span class=\"lead-credit\">Foto: WF / Jäger</span>", html);
    }

    [Theory]
    [InlineData("/artikel/gibt-es-nicht")]
    [InlineData("/autoren/niemand")]
    [InlineData("/irgendwas/ganz/anderes")]
    public async Task Unknown_slugs_are_a_404_page_in_the_site_layout(string path)
    {
        await using var site = new SiteFactory(_content);
        var response = await site.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Seite nicht gefunden", html);
        Assert.Contains("class=\"site-header\"", html);
    }

    [Fact]
    public async Task Original_images_redirect_to_their_variant_and_markdown_sources_are_not_served()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var image = await visitor.GetAsync("/medien/articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg");
        var source = await visitor.GetAsync("/medien/articles/2026/besuch-suedkoreanische-delegation/index.md");

        Assert.Equal((HttpStatusCode.MovedPermanently, HttpStatusCode.NotFound), (image.StatusCode, source.StatusCode));
        Assert.Matches("^/bilder/[0-9a-f]{64}-1600\\.jpg$", image.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Files_behind_symlinks_leading_outside_content_are_not_served()
    {
        var outside = Path.Combine(_content.Root, "geheim");
        Directory.CreateDirectory(outside);
        await File.WriteAllTextAsync(Path.Combine(outside, "passwort.jpg"), "geheim");
        File.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/passwort.jpg"), Path.Combine(outside, "passwort.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/ordner"), outside);
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var path in (string[])["/medien/articles/passwort.jpg", "/medien/articles/ordner/passwort.jpg", "/medien/articles/", "/medien/../../geheim/passwort.jpg"])
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Hostile_markup_in_an_article_is_escaped_or_removed_on_the_page()
    {
        _content.Write("articles/boese.md", """
            ---
            title: "<script>alert('t')</script> Titel"
            date: 2026-01-01
            gallery:
              - src: ../articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg
                caption: "<img src=x onerror=alert(1)>"
                credit: "<b onmouseover=alert(2)>X</b>"
                alt: "\" onload=\"alert(3)"
            ---
            Text <script>alert(4)</script> [klick](javascript:alert(5)) <img src="data:image/png;base64,AA==">
            """);
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/boese");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.DoesNotContain("\" onload=\"", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:image", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
