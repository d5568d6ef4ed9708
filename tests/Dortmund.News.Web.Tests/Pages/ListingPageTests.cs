using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Pages;

public sealed class ListingPageTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Home_leads_with_the_newest_then_lists_ten_per_page_with_prev_and_next_links()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"artikel-{day:00}", $"Artikel {day}", $"2026-03-{day:00}");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var first = await visitor.GetStringAsync("/");
        var second = await visitor.GetStringAsync("/?seite=2");

        Assert.Equal(Enumerable.Range(2, 11).Reverse().Select(d => $"Artikel {d}"), Titles(first));
        Assert.Equal(["Artikel 1"], Titles(second));
        Assert.Contains("rel=\"next\" href=\"/?seite=2\"", first);
        Assert.Contains("rel=\"prev\" href=\"/\"", second);
        Assert.Contains(">12. März 2026</time>", first);
    }

    [Theory]
    [InlineData("/?seite=0", HttpStatusCode.BadRequest)]
    [InlineData("/?seite=-1", HttpStatusCode.BadRequest)]
    [InlineData("/?seite=abc", HttpStatusCode.BadRequest)]
    [InlineData("/?seite=99999999999999", HttpStatusCode.BadRequest)]
    [InlineData("/?seite=2", HttpStatusCode.NotFound)]
    public async Task Bad_page_numbers_are_client_errors(string url, HttpStatusCode expected)
    {
        _content.WriteArticle("einer", "Einer", "2026-01-01");
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Listing_shows_the_first_gallery_image_as_thumbnail()
    {
        using var seed = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(seed);

        var html = await site.CreateVisitor().GetStringAsync("/");

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            File.ReadAllBytes(Path.Combine(seed.ContentPath, "articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg"))));
        Assert.Contains($"<img class=\"card-image\" src=\"/bilder/{hash}-960.jpg\"", html);
    }

    [Fact]
    public async Task Author_page_lists_the_authors_articles()
    {
        using var seed = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(seed);

        var html = await site.CreateVisitor().GetStringAsync("/autoren/jaeger");

        Assert.Contains("<h1>Jäger</h1>", html);
        Assert.Equal(
            ["Wirtschaftsförderung International - Besuch einer südkoreanischen Delegation in Dortmund",
             "Transformation und Strukturwandel: Erkundungsbesuch einer japanischen Delegation aus Hokkaido"],
            Titles(html));
    }

    [Fact]
    public async Task Editing_content_and_syncing_changes_what_visitors_see()
    {
        _content.WriteArticle("bleibt", "Bleibt", "2026-01-01");
        _content.WriteArticle("wird-geaendert", "Vorher", "2026-01-02");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        await visitor.GetStringAsync("/");

        _content.WriteArticle("wird-geaendert", "Nachher", "2026-01-02");
        _content.WriteArticle("neu", "Neu", "2026-01-03");
        _content.Delete("articles/bleibt.md");
        var report = await site.SyncAsync();

        Assert.Equal((1, 1, 1, 2), (report.Added, report.Updated, report.Removed, report.Parsed));
        Assert.Equal(["Neu", "Nachher"], Titles(await visitor.GetStringAsync("/")));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/bleibt")).StatusCode);
    }

    [Fact]
    public async Task Aliases_answer_with_a_permanent_redirect()
    {
        _content.WriteArticle("neu", "Neu", "2026-01-01", extraFrontMatter: "aliases: [/2019/alter-pfad, /artikel/alter-slug]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var old in (string[])["/2019/alter-pfad", "/artikel/alter-slug"])
        {
            var response = await visitor.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/artikel/neu", response.Headers.Location?.OriginalString);
        }
    }

    private static List<string> Titles(string html) =>
        Regex.Matches(html, "<h2><a href=\"/artikel/[^\"]+\">(.*?)</a></h2>").Select(m => m.Groups[1].Value).ToList();
}
