using System.Net;
using System.Text.Json;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Dortmund.News.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Several_hosts_can_run_in_one_process()
    {
        using var first = new TempContent(withSeedContent: true);
        using var second = new TempContent();
        await using var siteA = new SiteFactory(first);
        await using var siteB = new SiteFactory(second);

        var a = await siteA.CreateVisitor().GetAsync("/");
        var b = await siteB.CreateVisitor().GetAsync("/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (a.StatusCode, b.StatusCode));
        Assert.Contains("Hokkaido", await a.Content.ReadAsStringAsync());
        Assert.Contains("Noch keine Artikel", await b.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_catalogue_from_another_schema_or_a_corrupt_file_is_rebuilt_from_content()
    {
        using var content = new TempContent(withSeedContent: true);
        Directory.CreateDirectory(Path.GetDirectoryName(content.DatabasePath)!);
        await File.WriteAllTextAsync(content.DatabasePath, "das ist keine SQLite-Datei, sondern Müll");
        await using var site = new SiteFactory(content);

        var html = await site.CreateVisitor().GetStringAsync("/");

        Assert.Contains("Hokkaido", html);
    }

    [Fact]
    public async Task A_restart_serves_the_previous_catalogue_at_once_and_catches_up_with_what_changed_meanwhile()
    {
        using var content = new TempContent(withSeedContent: true);
        await using (var first = new SiteFactory(content))
            Assert.Contains("Hokkaido", await first.CreateVisitor().GetStringAsync("/"));
        content.WriteArticle("neu-waehrend-pause", "Neu während der Pause", "2026-01-02");

        await using var restarted = new SiteFactory(content);
        var visitor = restarted.CreateVisitor();
        using var ready = JsonDocument.Parse(await visitor.GetStringAsync("/readyz"));

        Assert.Equal("ready", ready.RootElement.GetProperty("status").GetString());
        Assert.True(ready.RootElement.GetProperty("articles").GetInt32() >= 2);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await visitor.GetAsync("/artikel/neu-waehrend-pause")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the restarted site never synced the article written while it was down");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_restart_catches_up_only_after_the_first_requests_had_their_head_start()
    {
        using var content = new TempContent(withSeedContent: true);
        await using (var first = new SiteFactory(content))
            await first.CreateVisitor().GetStringAsync("/");
        content.WriteArticle("neu-waehrend-pause", "Neu während der Pause", "2026-01-02");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        await using var restarted = new SiteFactory(content) { Time = clock };
        var visitor = restarted.CreateVisitor();
        // Long enough for a catch-up sync of three articles that did not wait.
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Null(restarted.Services.GetRequiredService<ContentSync>().LastReport);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/neu-waehrend-pause")).StatusCode);
        clock.Advance(BackgroundStart.HeadStart);
        await Poll.UntilAsync(async () => (await visitor.GetAsync("/artikel/neu-waehrend-pause")).StatusCode == HttpStatusCode.OK,
            "the article written while the site was down, after the head start");
    }

    [Fact]
    public async Task A_catalogue_with_another_schema_fingerprint_is_rebuilt_even_when_this_build_checked_it_before()
    {
        using var content = new TempContent(withSeedContent: true);
        await using (var first = new SiteFactory(content))
            await first.CreateVisitor().GetStringAsync("/");
        await using (var connection = new SqliteConnection(content.ConnectionString + ";Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM Articles; PRAGMA user_version = 4711";
            await command.ExecuteNonQueryAsync();
        }

        await using var restarted = new SiteFactory(content);

        Assert.Contains("Hokkaido", await restarted.CreateVisitor().GetStringAsync("/"));
    }
}
