using System.Net;
using System.Text.Json;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Operations;

public sealed class HealthTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Restarted_without_content_the_site_is_alive_but_not_ready_and_becomes_ready_after_a_sync()
    {
        // Without content and without a catalogue of an earlier run the site does not start at all (StartupFailureTests);
        // with one, it serves that catalogue and reports the missing folder.
        _content.WriteArticle("alt", "Alt", "2026-01-01");
        await using (var earlier = new SiteFactory(_content))
            earlier.CreateVisitor();
        Directory.Delete(_content.ContentPath, recursive: true);
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var alive = await visitor.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("ok", await alive.Content.ReadAsStringAsync());

        await Poll.UntilAsync(async () => (await visitor.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "/readyz reports the missing folder once the background sync failed");
        var before = await ReadAsync(await visitor.GetAsync("/readyz"));
        Assert.Equal("unhealthy", before.GetProperty("status").GetString());
        Assert.Contains(_content.ContentPath, before.GetProperty("lastSyncError").GetString());
        Assert.Equal(1, before.GetProperty("articles").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/alt")).StatusCode);

        Directory.CreateDirectory(_content.ContentPath);
        _content.WriteArticle("erster-artikel", "Erster Artikel", "2026-01-02");
        _content.WriteArticle("kaputt", "Kaputt", "kein Datum");
        await site.SyncAsync();

        var ready = await visitor.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
        var after = await ReadAsync(ready);
        Assert.Equal("ready", after.GetProperty("status").GetString());
        Assert.Equal(1, after.GetProperty("articles").GetInt32());
        Assert.Equal(1, after.GetProperty("contentErrors").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("lastSyncError").ValueKind);
        Assert.True(after.GetProperty("lastSync").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task When_the_content_folder_disappears_the_site_reports_unhealthy_and_keeps_serving()
    {
        _content.WriteArticle("erster-artikel", "Erster Artikel", "2026-01-02");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/readyz")).StatusCode);

        Directory.Move(_content.ContentPath, _content.ContentPath + "-weg");
        await Assert.ThrowsAsync<DirectoryNotFoundException>(site.SyncAsync);

        var report = await ReadAsync(await visitor.GetAsync("/readyz"));
        Assert.Equal("unhealthy", report.GetProperty("status").GetString());
        Assert.Equal(1, report.GetProperty("articles").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/erster-artikel")).StatusCode);
        Directory.Move(_content.ContentPath + "-weg", _content.ContentPath);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
