using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Sync;

public sealed class ContentSyncTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task First_sync_adds_every_article_and_author_of_the_seed_content()
    {
        using var seed = new TempContent(withSeedContent: true);
        await using var host = await CatalogueHost.StartAsync(seed);

        var report = await host.Sync.SyncAsync();

        // Two releases, each in German and English.
        Assert.Equal((4, 0, 0, 0), (report.Added, report.Updated, report.Removed, report.Failed));
        Assert.Empty(report.Problems);
        var korea = await host.QueryAsync(q => q.BySlugAsync("besuch-suedkoreanische-delegation", CancellationToken.None));
        Assert.Equal(9, korea!.Gallery.Count);
        Assert.All(korea.Gallery, g => Assert.Equal((1600, 1067), (g.Width, g.Height)));
        Assert.Equal("Jäger", Assert.Single(korea.Authors).Name);
    }

    [Fact]
    public async Task A_sync_writes_the_search_index_of_its_articles_in_one_go_not_one_segment_per_article()
    {
        // FTS5 writes its pending terms at every savepoint: a search-row insert that opens one made each
        // article its own segment, merged again and again (a tenth of a cold sync's CPU).
        for (var i = 0; i < 40; i++)
            _content.WriteArticle($"artikel-{i:00}", $"Artikel {i}", "2026-01-01", $"Text über Thema{i} im Hafen.");
        await using var host = await CatalogueHost.StartAsync(_content);

        await host.Sync.SyncAsync();

        // The index's own table: its structure record, the averages record, and one segment's pages.
        var indexRows = await host.DbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch_data").SingleAsync());
        Assert.InRange(indexRows, 1, 4);
        var found = await host.QueryAsync<Catalogue.Queries.SearchQueries, int>(async q => (await q.SearchAsync("Thema17", 1, CancellationToken.None))!.Hits.TotalCount);
        Assert.Equal(1, found);
    }

    [Fact]
    public async Task A_sync_of_reported_paths_looks_only_at_those_files_and_folders()
    {
        _content.Write("articles/2026/a/index.md", "---\ntitle: A\ndate: 2026-01-01\n---\n\nText.\n");
        _content.Write("articles/2026/b/index.md", "---\ntitle: B\ndate: 2026-01-02\n---\n\nText.\n");
        _content.Write("articles/2026/unberichtet/index.md", "---\ntitle: U\ndate: 2026-01-03\n---\n\nText.\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var edited = _content.Write("articles/2026/a/index.md", "---\ntitle: A2\ndate: 2026-01-01\n---\n\nText.\n");
        Directory.Delete(Path.Combine(_content.ContentPath, "articles/2026/b"), recursive: true);
        _content.Write("articles/2026/c/index.md", "---\ntitle: C\ndate: 2026-01-04\n---\n\nText.\n");
        _content.Write("articles/2026/unberichtet/index.md", "---\ntitle: U2\ndate: 2026-01-03\n---\n\nText.\n");
        var report = await host.Sync.SyncAsync([edited, Path.Combine(_content.ContentPath, "articles/2026/b"), Path.Combine(_content.ContentPath, "articles/2026/c")]);

        Assert.Equal((1, 1, 1), (report.Added, report.Updated, report.Removed));
        Assert.Equal("A2", (await host.QueryAsync(q => q.BySlugAsync("a", CancellationToken.None)))!.Title);
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync("b", CancellationToken.None)));
        // Not reported, so not looked at; the next full sync (a start, or a watcher error) sees it.
        Assert.Equal("U", (await host.QueryAsync(q => q.BySlugAsync("unberichtet", CancellationToken.None)))!.Title);
        await host.Sync.SyncAsync();
        Assert.Equal("U2", (await host.QueryAsync(q => q.BySlugAsync("unberichtet", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task Sync_skips_unchanged_files()
    {
        _content.WriteArticle("a", "A", "2026-01-01");
        _content.WriteArticle("b", "B", "2026-01-02");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var second = await host.Sync.SyncAsync();

        Assert.Equal((0, 0, 0, 2, 0), (second.Added, second.Updated, second.Removed, second.Unchanged, second.Parsed));
    }

    [Fact]
    public async Task A_touched_file_with_the_same_bytes_is_not_parsed_again()
    {
        var path = _content.WriteArticle("a", "A", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(1));

        var report = await host.Sync.SyncAsync();

        Assert.Equal(0, report.Parsed);
    }

    [Fact]
    public async Task Adding_changing_and_deleting_files_changes_exactly_those_articles()
    {
        _content.WriteArticle("bleibt", "Bleibt", "2026-01-01");
        _content.WriteArticle("aendern", "Alt", "2026-01-02");
        _content.WriteArticle("loeschen", "Weg", "2026-01-03");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var untouchedId = await host.DbAsync(db => db.Articles.Where(a => a.Slug == "bleibt").Select(a => a.Id).SingleAsync());

        _content.WriteArticle("neu", "Neu", "2026-01-04");
        _content.WriteArticle("aendern", "Neu betitelt", "2026-01-02");
        _content.Delete("articles/loeschen.md");
        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 1, 1, 1, 2), (report.Added, report.Updated, report.Removed, report.Unchanged, report.Parsed));
        var titles = await host.DbAsync(db => db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug + "=" + a.Title).ToListAsync());
        Assert.Equal(["aendern=Neu betitelt", "bleibt=Bleibt", "neu=Neu"], titles);
        Assert.Equal(untouchedId, await host.DbAsync(db => db.Articles.Where(a => a.Slug == "bleibt").Select(a => a.Id).SingleAsync()));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_published()
    {
        _content.WriteArticle("a", "Gute Fassung", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.Write("articles/a.md", "---\ntitle: [kaputt\n---\nText\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal(1, report.Failed);
        Assert.Equal("NEWS004", Assert.Single(report.Problems).Code);
        Assert.Equal("Gute Fassung", (await host.QueryAsync(q => q.BySlugAsync("a", CancellationToken.None)))?.Title);
        Assert.Equal(1, await host.DbAsync(db => db.Problems.CountAsync()));
    }

    [Fact]
    public async Task One_broken_file_does_not_affect_another_article()
    {
        _content.WriteArticle("gut", "Gut", "2026-01-01");
        _content.Write("articles/kaputt.md", "kein front matter");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 1), (report.Added, report.Failed));
        Assert.NotNull(await host.QueryAsync(q => q.BySlugAsync("gut", CancellationToken.None)));
    }

    [Fact]
    public async Task Two_files_claiming_one_slug_publish_one_and_name_both_files()
    {
        _content.WriteArticle("erster", "Erster", "2026-01-01", extraFrontMatter: "slug: gleich\n");
        _content.WriteArticle("zweiter", "Zweiter", "2026-01-02", extraFrontMatter: "slug: gleich\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("NEWS040", "articles/zweiter.md"), (problem.Code, problem.Path));
        Assert.Contains("articles/erster.md", problem.Message);
        Assert.Equal("Erster", (await host.QueryAsync(q => q.BySlugAsync("gleich", CancellationToken.None)))?.Title);
    }

    [Fact]
    public async Task A_changed_slug_keeps_the_old_url_as_a_redirect()
    {
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "slug: alter-name\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "slug: neuer-name\n");
        await host.Sync.SyncAsync();
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "slug: dritter-name\n");
        await host.Sync.SyncAsync();

        Assert.Equal("dritter-name", await host.QueryAsync(q => q.RedirectTargetAsync("/artikel/alter-name", CancellationToken.None)));
        Assert.Equal("dritter-name", await host.QueryAsync(q => q.RedirectTargetAsync("/artikel/neuer-name", CancellationToken.None)));
    }

    [Fact]
    public async Task Missing_gallery_image_is_an_error_and_a_replaced_image_updates_its_size()
    {
        _content.Write("articles/2026/galerie/index.md",
            "---\ntitle: G\ndate: 2026-01-01\ngallery:\n  - src: bild.jpg\n    caption: C\n    credit: K\n    alt: A\n---\nText\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var missing = await host.Sync.SyncAsync();
        Assert.Equal(("NEWS024", 5), (Assert.Single(missing.Problems).Code, missing.Problems[0].Line));

        _content.WriteImage("articles/2026/galerie/bild.jpg");
        var added = await host.Sync.SyncAsync();

        Assert.Equal(1, added.Added);
        var image = Assert.Single((await host.QueryAsync(q => q.BySlugAsync("galerie", CancellationToken.None)))!.Gallery);
        Assert.Equal((1600, 1067), (image.Width, image.Height));
    }

    [Fact]
    public async Task Corrupt_image_is_an_error_not_a_crash()
    {
        _content.Write("articles/2026/galerie/index.md",
            "---\ntitle: G\ndate: 2026-01-01\nimage: bild.jpg\n---\nText\n");
        _content.Write("articles/2026/galerie/bild.jpg", "kein bild"u8.ToArray());
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal("NEWS025", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Deleted_author_file_leaves_the_article_with_a_plain_name()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jäger\nrole: Presse\n---\nBio.\n");
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "authors: [jaeger]\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        Assert.Equal("jaeger", (await host.QueryAsync(q => q.BySlugAsync("a", CancellationToken.None)))!.Authors[0].Slug);

        _content.Delete("authors/jaeger.md");
        await host.Sync.SyncAsync();

        var author = (await host.QueryAsync(q => q.BySlugAsync("a", CancellationToken.None)))!.Authors[0];
        Assert.Equal(("jaeger", (string?)null), (author.Name, author.Slug));
    }

    [Fact]
    public async Task A_missing_content_folder_fails_the_sync_and_deletes_nothing()
    {
        _content.WriteArticle("a", "A", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        Directory.Move(_content.ContentPath, _content.ContentPath + "-weg");
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => host.Sync.SyncAsync());

        Assert.Equal(1, await host.DbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_symlink_leading_outside_content_is_never_read()
    {
        var outside = Path.Combine(_content.Root, "geheim");
        Directory.CreateDirectory(outside);
        File.Copy(Path.Combine(TempContent.RepositoryContent, "articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg"),
            Path.Combine(outside, "foto.jpg"));
        Directory.CreateDirectory(Path.Combine(_content.ContentPath, "articles/2026/link"));
        File.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/2026/link/foto.jpg"), Path.Combine(outside, "foto.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/2026/link/ordner"), outside);
        _content.Write("articles/2026/link/index.md",
            "---\ntitle: L\ndate: 2026-01-01\ngallery:\n  - src: foto.jpg\n    caption: C\n    credit: K\n    alt: A\n  - src: ordner/foto.jpg\n    caption: C\n    credit: K\n    alt: A\n---\nText\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal(["NEWS024", "NEWS024"], report.Problems.Select(p => p.Code));
        Assert.Equal(0, await host.DbAsync(db => db.SourceFiles.CountAsync(f => f.Path.EndsWith(".jpg"))));
    }
}
