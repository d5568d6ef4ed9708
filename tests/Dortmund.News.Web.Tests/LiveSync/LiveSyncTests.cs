using System.Collections.Concurrent;
using System.Net;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Dortmund.News.Web.Syncing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.LiveSync;

/// <summary>The running site picks up changes under content/ by itself, without a restart or an explicit sync.</summary>
public sealed class LiveSyncTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly ConcurrentQueue<SyncReport> _syncs = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Added_edited_renamed_and_deleted_files_show_up_and_only_the_touched_file_is_parsed()
    {
        _content.WriteArticle("bleibt", "Bleibt", "2026-01-01");
        _content.WriteArticle("zweiter", "Zweiter", "2026-01-02");
        await using var site = Start();
        var visitor = site.CreateVisitor();

        _content.Write("articles/2026/neu/index.md", "---\ntitle: Neu erschienen\ndate: 2026-02-01\n---\n\nText.\n");
        await UntilStatusAsync(visitor, "/artikel/neu", HttpStatusCode.OK);

        _syncs.Clear();
        _content.Write("articles/2026/neu/index.md", "---\ntitle: Neu und korrigiert\ndate: 2026-02-01\n---\n\nText.\n");
        await Poll.UntilAsync(async () => (await visitor.GetStringAsync("/artikel/neu")).Contains("<h1>Neu und korrigiert</h1>"), "edit visible");
        var edit = Assert.Single(_syncs, s => s.Updated == 1);
        Assert.Equal(1, edit.Parsed);

        Directory.Move(Path.Combine(_content.ContentPath, "articles/2026/neu"), Path.Combine(_content.ContentPath, "articles/2026/umbenannt"));
        await UntilStatusAsync(visitor, "/artikel/umbenannt", HttpStatusCode.OK);
        var old = await visitor.GetAsync("/artikel/neu");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/artikel/umbenannt", old.Headers.Location?.OriginalString);

        File.Move(Path.Combine(_content.ContentPath, "articles/zweiter.md"), Path.Combine(_content.ContentPath, "articles/zweiter-teil.md"));
        await UntilStatusAsync(visitor, "/artikel/zweiter-teil", HttpStatusCode.OK);

        _content.Delete("articles/bleibt.md");
        await UntilStatusAsync(visitor, "/artikel/bleibt", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/umbenannt")).StatusCode);
    }

    [Fact]
    public async Task A_burst_of_500_files_is_coalesced_into_one_sync()
    {
        // The watcher's quiet time (50 ms) and longest delay (1 s) run on this clock, which stands still while
        // the files are written: on the wall clock a busy machine stretched the writes over seconds, with
        // pauses past the quiet time, and the burst became 4 or 10 syncs.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = Start(clock);
        var visitor = site.CreateVisitor();
        // The watch begins after the first requests' head start, on this clock too.
        await Poll.UntilAsync(() => Advance(clock, Watcher(site).IsWatching), "watcher started");
        // The catch-up sync at start waits for its quiet time too.
        await Poll.UntilAsync(() => Advance(clock, !_syncs.IsEmpty), "catch-up sync at start");
        _syncs.Clear();

        // Like a git checkout: many files written back to back.
        for (var i = 0; i < 500; i++)
            _content.Write($"articles/2026/serie-{i:000}/index.md", $"---\ntitle: Teil {i}\ndate: 2026-03-01\n---\n\nText {i}.\n");

        await Poll.UntilAsync(() => Advance(clock, _syncs.Sum(s => s.Added) == 500), "all 500 articles added");
        var working = _syncs.Where(s => s.Parsed > 0).ToList();
        Assert.Equal(500, working.Sum(s => s.Parsed));
        // One sync; two only if the watcher's thread had not yet taken in the last events when the clock first
        // moved (the second sync then reads just those). Never one per file.
        Assert.InRange(working.Count, 1, 2);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/serie-499")).StatusCode);
    }

    [Fact]
    public async Task A_bad_edit_keeps_the_last_good_version_online_and_a_fix_replaces_it()
    {
        _content.WriteArticle("meldung", "Gute Fassung", "2026-01-01");
        _content.WriteArticle("nachbar", "Nachbar", "2026-01-02");
        await using var site = Start();
        var visitor = site.CreateVisitor();
        await Poll.UntilAsync(() => Watcher(site).IsWatching, "watcher started");

        _content.Write("articles/meldung.md", "---\ntitle: Kaputte Fassung\ndate: 2026-13-01\n---\n\nText.\n");
        // A sync may catch the file half-written (an empty file: NEWS003); the next event brings the whole edit.
        const string expected = "articles/meldung.md:3:7: error NEWS012: 'date' is not a date: write 2026-11-12 or 2026-11-12T10:00:00+01:00";
        await Poll.UntilAsync(() => _syncs.Any(s => s.Problems.Any(p => p.ToString() == expected)), "the bad edit was synced");
        Assert.Equal(expected, Assert.Single(_syncs.Last(s => s.Failed == 1).Problems).ToString());
        var page = await visitor.GetStringAsync("/artikel/meldung");
        Assert.Contains("<h1>Gute Fassung</h1>", page);
        Assert.Contains("<h1>Nachbar</h1>", await visitor.GetStringAsync("/artikel/nachbar"));

        _content.Write("articles/meldung.md", "---\ntitle: Korrigierte Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        await Poll.UntilAsync(async () => (await visitor.GetStringAsync("/artikel/meldung")).Contains("<h1>Korrigierte Fassung</h1>"), "fix visible");
    }

    [Fact]
    public async Task When_the_content_folder_disappears_the_site_keeps_serving_and_resumes_when_it_is_back()
    {
        _content.WriteArticle("bestand", "Bestand", "2026-01-01");
        await using var site = Start();
        var visitor = site.CreateVisitor();
        await Poll.UntilAsync(() => Watcher(site).IsWatching, "watcher started");
        var away = _content.ContentPath + "-weg";

        Directory.Move(_content.ContentPath, away);
        await Poll.UntilAsync(() => !Watcher(site).IsWatching, "watcher noticed the folder is gone");
        Assert.Contains("<h1>Bestand</h1>", await visitor.GetStringAsync("/artikel/bestand"));

        Directory.Move(away, _content.ContentPath);
        await Poll.UntilAsync(() => Watcher(site).IsWatching, "watcher resumed");
        _content.WriteArticle("danach", "Danach", "2026-01-02");
        await UntilStatusAsync(visitor, "/artikel/danach", HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/bestand")).StatusCode);
    }

    private SiteFactory Start(TimeProvider? time = null)
    {
        var site = new SiteFactory(_content) { LiveSync = true, Time = time };
        site.Services.GetRequiredService<ContentSync>().Synced += report => _syncs.Enqueue(report);
        return site;
    }

    /// <summary>Moves <paramref name="clock"/> on by the watcher's quiet time unless <paramref name="done"/>; returns <paramref name="done"/>.</summary>
    private static bool Advance(FakeTimeProvider clock, bool done)
    {
        if (!done)
            clock.Advance(ContentWatcher.Quiet);
        return done;
    }

    private static ContentWatcher Watcher(SiteFactory site) =>
        site.Services.GetServices<IHostedService>().OfType<ContentWatcher>().Single();

    private static Task UntilStatusAsync(HttpClient visitor, string url, HttpStatusCode status) =>
        Poll.UntilAsync(async () => (await visitor.GetAsync(url)).StatusCode == status, $"{url} answers {(int)status}");
}
