using System.Net;
using System.Text.Json;
using Dortmund.News.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Resilience;

/// <summary>
/// A file named after Hugo's zero date (0001-01-01-…) made the startup sync throw, and the site did not
/// start at all (exit 134). Now it is that file's NEWS012 and the site serves everything else.
/// </summary>
public sealed class OutOfRangeDateTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_site_starts_and_serves_the_other_articles_when_dates_are_out_of_range_in_names_and_front_matter()
    {
        _content.WriteArticle("gut", "Gut", "2026-01-05");
        _content.Write("articles/0001-01-01-mein-neuer-blogpost.md", "---\ntitle: Mein neuer Blogpost\n---\nText\n");
        _content.Write("articles/0001/0001-01-01-ordner/index.md", "---\ntitle: Ordner\n---\nText\n");
        _content.WriteArticle("ende", "Ende", "9999-12-31T23:00:00-05:00");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/gut")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/mein-neuer-blogpost")).StatusCode);
        var ready = await visitor.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((1, 3), (health.GetProperty("articles").GetInt32(), health.GetProperty("contentErrors").GetInt32()));
        var problems = site.Services.GetRequiredService<Dortmund.News.Catalogue.Sync.ContentSync>().LastReport!.Problems;
        Assert.All(problems, p => Assert.Equal("NEWS012", p.Code));
    }
}
