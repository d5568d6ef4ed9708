using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Sync;

/// <summary>The plan a sync makes before it writes: what it reads and why, what it removes, which records it only updates.</summary>
public sealed class ChangeDetectorTests : IDisposable
{
    private const string Gallery = "gallery:\n  - src: bild.jpg\n    caption: C\n    credit: K\n    alt: A\n";
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_first_sync_reads_every_markdown_file_as_new_and_stores_every_image_with_its_size()
    {
        _content.Write("articles/2026/galerie/index.md", $"---\ntitle: G\ndate: 2026-01-01\n{Gallery}---\nText\n");
        _content.WriteImage("articles/2026/galerie/bild.jpg");
        _content.Write("authors/jaeger.md", "---\nname: Jäger\n---\nBio.\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var plan = await PlanAsync(host);

        Assert.Equal(
            [("articles/2026/galerie/index.md", ReadReason.New), ("authors/jaeger.md", ReadReason.New)],
            Reads(plan));
        var image = Assert.Single(plan.RecordsToUpdate);
        Assert.Equal(("articles/2026/galerie/bild.jpg", 1600, 1067), (image.Path, image.Width, image.Height));
        Assert.Equal(["articles/2026/galerie/bild.jpg"], plan.ServedImages.Select(i => i.Path));
        Assert.Empty(plan.ToRemove);
        Assert.Equal(2, plan.MarkdownFiles);
    }

    [Fact]
    public async Task Nothing_changed_since_the_last_sync_is_an_empty_plan()
    {
        _content.WriteArticle("a", "A", "2026-01-01");
        _content.WriteArticle("verweis", "V", "2026-01-02", body: "Siehe [weg](/artikel/fehlt).");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var plan = await PlanAsync(host);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public async Task An_edited_file_is_read_as_changed_and_a_deleted_one_is_removed()
    {
        _content.WriteArticle("aendern", "Alt", "2026-01-01");
        _content.WriteArticle("loeschen", "Weg", "2026-01-02");
        _content.WriteArticle("bleibt", "Bleibt", "2026-01-03");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("aendern", "Neu", "2026-01-01");
        _content.Delete("articles/loeschen.md");
        var plan = await PlanAsync(host);

        Assert.Equal([("articles/aendern.md", ReadReason.Changed)], Reads(plan));
        Assert.Equal(["articles/loeschen.md"], plan.ToRemove);
        Assert.Empty(plan.RecordsToUpdate);
        Assert.Equal(["articles/aendern.md", "articles/loeschen.md"], plan.TouchedPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_touched_file_with_the_same_bytes_only_gets_its_new_time_stamp_stored()
    {
        var path = _content.WriteArticle("a", "A", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var touched = DateTime.UtcNow.AddDays(1);
        File.SetLastWriteTimeUtc(path, touched);

        var plan = await PlanAsync(host);

        Assert.Empty(plan.ToRead);
        var record = Assert.Single(plan.RecordsToUpdate);
        Assert.Equal(("articles/a.md", touched.Ticks), (record.Path, record.LastWriteTicks));
        Assert.False(plan.IsEmpty);
    }

    [Fact]
    public async Task Articles_using_a_removed_image_or_beside_it_are_read_again()
    {
        _content.Write("articles/2026/galerie/index.md", $"---\ntitle: G\ndate: 2026-01-01\n{Gallery}---\nText\n");
        _content.Write("articles/2026/galerie/nachbar.md", "---\ntitle: N\ndate: 2026-01-02\n---\nText\n");
        _content.Write("articles/2026/anderswo/index.md", "---\ntitle: W\ndate: 2026-01-03\nimage: ../galerie/bild.jpg\n---\nText\n");
        _content.WriteArticle("unbeteiligt", "U", "2026-01-04");
        _content.WriteImage("articles/2026/galerie/bild.jpg");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.Delete("articles/2026/galerie/bild.jpg");
        var plan = await PlanAsync(host);

        Assert.Equal(
            [
                ("articles/2026/anderswo/index.md", ReadReason.ImageChanged),
                ("articles/2026/galerie/index.md", ReadReason.ImageChanged),
                ("articles/2026/galerie/nachbar.md", ReadReason.ImageChanged),
            ],
            Reads(plan));
        Assert.Equal(["articles/2026/galerie/bild.jpg"], plan.ToRemove);
        Assert.Empty(plan.ServedImages);
    }

    [Fact]
    public async Task A_file_held_back_by_a_link_to_a_missing_article_is_read_again_when_another_file_changes()
    {
        _content.WriteArticle("verweis", "V", "2026-01-01", body: "Siehe [Ziel](/artikel/ziel).");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("ziel", "Ziel", "2026-01-02");
        var plan = await PlanAsync(host);

        Assert.Equal(
            [("articles/verweis.md", ReadReason.HeldBackByAnotherFile), ("articles/ziel.md", ReadReason.New)],
            Reads(plan));
    }

    [Fact]
    public async Task A_file_whose_bytes_could_not_be_read_last_time_is_read_again()
    {
        _content.WriteArticle("a", "A", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        // What a sync stores for a file it could not read: no hash, no length.
        await host.DbAsync(db => db.SourceFiles.Where(f => f.Path == "articles/a.md")
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.Hash, "").SetProperty(x => x.Length, -1)));

        var plan = await PlanAsync(host);

        Assert.Equal([("articles/a.md", ReadReason.Unreadable)], Reads(plan));
    }

    [Fact]
    public async Task A_plan_for_reported_paths_looks_only_at_those()
    {
        _content.WriteArticle("gemeldet", "G", "2026-01-01");
        _content.WriteArticle("still", "S", "2026-01-02");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var reported = _content.WriteArticle("gemeldet", "G2", "2026-01-01");
        _content.WriteArticle("still", "S2", "2026-01-02");
        var plan = await PlanAsync(host, changedPaths: [reported]);

        Assert.Equal([("articles/gemeldet.md", ReadReason.Changed)], Reads(plan));
        Assert.Equal(2, plan.MarkdownFiles);
    }

    private Task<SyncPlan> PlanAsync(CatalogueHost host, IReadOnlyCollection<string>? changedPaths = null) =>
        host.DbAsync(db => ChangeDetector.PlanAsync(db, _content.ContentPath, changedPaths, [], new SyncTimings(), CancellationToken.None));

    private static List<(string, ReadReason)> Reads(SyncPlan plan) =>
        plan.ToRead.Values.Select(f => (f.File.Path, f.Reason)).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
}
