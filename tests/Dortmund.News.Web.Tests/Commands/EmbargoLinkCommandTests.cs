using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Commands;

public sealed class EmbargoLinkCommandTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public EmbargoLinkCommandTests()
    {
        _content.Write("articles/2026/vorab/index.md", "---\ntitle: Mit Sperrfrist\ndate: 2026-11-23T10:00:00+01:00\n---\n\nText.\n");
        _content.WriteArticle("oeffentlich", "Öffentlich", "2026-11-01");
        _content.WriteArticle("entwurf", "Entwurf", "2026-12-01", extraFrontMatter: "draft: true\n");
        _content.WriteArticle("kaputt", "Kaputt", "2026-12-01", extraFrontMatter: "event:\n  start: morgen\n");
    }

    public void Dispose() => _content.Dispose();

    private async Task<(int Exit, string Output, string Error)> RunAsync(string baseUrl, params string[] args)
    {
        var site = new CommandSite(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = baseUrl,
            ["DataProtection:KeysPath"] = _content.KeysPath,
        }).Build(), _content.Root);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SiteCommands.RunAsync(["embargo-link", .. args, "--content", _content.ContentPath], output, error, _content.Root, _clock, site: site);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Prints_only_the_absolute_link_which_the_site_opens_before_the_moment()
    {
        var (exit, output, error) = await RunAsync("https://dortmund.news", "vorab");

        Assert.Equal(0, exit);
        var link = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^https://dortmund\\.news/vorab/[A-Za-z0-9_-]{60,}$", link);
        Assert.Contains("Sperrfrist: 23. November 2026, 10:00 Uhr", error);
        Assert.Contains("until 30. November 2026, 10:00 Uhr", error);

        await using var site = new SiteFactory(_content) { Time = _clock };
        var page = await site.CreateVisitor().GetAsync(new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Mit Sperrfrist</h1>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_the_sites_address_it_says_so_and_fails()
    {
        var (exit, output, error) = await RunAsync("", "vorab");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("Site:BaseUrl is not set", error);
    }

    [Fact]
    public async Task An_address_that_is_no_http_url_is_refused()
    {
        var (exit, output, error) = await RunAsync("dortmund.news", "vorab");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("Site:BaseUrl must be an absolute http(s) URL", error);
    }

    [Theory]
    [InlineData("oeffentlich", "is public already: https://dortmund.news/artikel/oeffentlich")]
    [InlineData("entwurf", "is a draft")]
    [InlineData("gibt-es-nicht", "no article has the slug 'gibt-es-nicht'")]
    [InlineData("kaputt", "has errors and would not be published:\narticles/kaputt.md:5:10: error NEWS070")]
    public async Task Refuses_what_is_not_a_scheduled_article(string slug, string message)
    {
        var (exit, output, error) = await RunAsync("https://dortmund.news", slug);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Without_a_slug_it_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("https://dortmund.news");

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.Contains("embargo-link SLUG", error);
    }
}
