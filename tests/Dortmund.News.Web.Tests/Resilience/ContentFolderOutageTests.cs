using System.Net;
using System.Text.Json;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class ContentFolderOutageTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task When_the_content_folder_vanishes_the_site_serves_its_catalogue_reports_it_and_recovers_when_it_returns()
    {
        _content.WriteArticle("bleibt", "Bleibt", "2026-01-02");
        await using var site = new SiteFactory(_content) { LiveSync = true };
        var visitor = site.CreateVisitor();
        await Poll.UntilAsync(async () => await StatusAsync(visitor) == "ready", "ready after the first sync");

        var away = _content.ContentPath + "-weg";
        Directory.Move(_content.ContentPath, away);
        await Poll.UntilAsync(async () => await StatusAsync(visitor) == "unhealthy", "/readyz reports the missing folder");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/bleibt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);

        // While it was gone, an editor added an article; the folder comes back with it.
        File.WriteAllText(Path.Combine(away, "articles", "neu.md"), "---\ntitle: Neu\ndate: 2026-01-03\n---\nText\n");
        Directory.Move(away, _content.ContentPath);

        await Poll.UntilAsync(async () => await StatusAsync(visitor) == "ready", "/readyz recovers");
        await Poll.UntilAsync(async () => (await visitor.GetAsync("/artikel/neu")).StatusCode == HttpStatusCode.OK, "the new article appears");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/bleibt")).StatusCode);
    }

    private static async Task<string?> StatusAsync(HttpClient visitor)
    {
        var response = await visitor.GetAsync("/readyz");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString();
    }
}
