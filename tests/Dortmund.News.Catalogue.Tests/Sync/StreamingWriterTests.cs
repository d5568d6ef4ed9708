using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Sync;

/// <summary>
/// The sync writes articles as they are parsed, in path order. These pin the cases where a file's
/// turn comes before the stored article it collides with has been re-read.
/// </summary>
public sealed class StreamingWriterTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Two_articles_can_swap_their_slugs_in_one_sync()
    {
        _content.WriteArticle("a-datei", "Erster", "2026-01-01", extraFrontMatter: "slug: erster\n");
        _content.WriteArticle("b-datei", "Zweiter", "2026-01-02", extraFrontMatter: "slug: zweiter\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("a-datei", "Erster", "2026-01-01", extraFrontMatter: "slug: zweiter\n");
        _content.WriteArticle("b-datei", "Zweiter", "2026-01-02", extraFrontMatter: "slug: erster\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal((0, 2, 0), (report.Added, report.Updated, report.Failed));
        Assert.Equal("Erster", (await host.QueryAsync(q => q.BySlugAsync("zweiter", CancellationToken.None)))!.Title);
        Assert.Equal("Zweiter", (await host.QueryAsync(q => q.BySlugAsync("erster", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_file_claiming_the_slug_of_a_later_file_that_now_has_errors_fails_and_the_old_version_stays()
    {
        _content.WriteArticle("z-alt", "Alt", "2026-01-01", extraFrontMatter: "slug: begehrt\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // a-neu comes first in path order; z-alt's new version is broken, so its published version stays and keeps the slug.
        _content.WriteArticle("a-neu", "Neu", "2026-02-01", extraFrontMatter: "slug: begehrt\n");
        _content.Write("articles/z-alt.md", "---\ntitle: \"Alt\"\ndate: kein Datum\nslug: begehrt\n---\n\nText\n");
        var report = await host.Sync.SyncAsync();

        Assert.Contains(report.Problems, p => p is { Code: "NEWS040", Path: "articles/a-neu.md" });
        Assert.Equal("Alt", (await host.QueryAsync(q => q.BySlugAsync("begehrt", CancellationToken.None)))!.Title);
        Assert.Equal(1, await host.DbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_file_may_take_the_slug_a_later_file_gives_up_in_the_same_sync()
    {
        _content.WriteArticle("z-alt", "Alt", "2026-01-01", extraFrontMatter: "slug: begehrt\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("a-neu", "Neu", "2026-02-01", extraFrontMatter: "slug: begehrt\n");
        _content.WriteArticle("z-alt", "Alt", "2026-01-01", extraFrontMatter: "slug: anders\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 1, 0), (report.Added, report.Updated, report.Failed));
        Assert.Equal("Neu", (await host.QueryAsync(q => q.BySlugAsync("begehrt", CancellationToken.None)))!.Title);
        Assert.Equal("Alt", (await host.QueryAsync(q => q.BySlugAsync("anders", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_slug_given_up_by_an_edit_that_then_fails_stays_with_the_published_version()
    {
        _content.WriteArticle("a-alt", "Alt", "2026-01-01", extraFrontMatter: "slug: begehrt\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // a-alt gives up the slug but links to an article that does not exist, so its edit fails at the
        // very end; b-neu, which took the slug meanwhile, must not publish over the version that stays.
        _content.WriteArticle("a-alt", "Alt", "2026-01-01", extraFrontMatter: "slug: anders\n", body: "Siehe [hier](/artikel/fehlt).");
        _content.WriteArticle("b-neu", "Neu", "2026-02-01", extraFrontMatter: "slug: begehrt\n");
        var report = await host.Sync.SyncAsync();

        Assert.Contains(report.Problems, p => p is { Code: "NEWS042", Path: "articles/a-alt.md" });
        Assert.Contains(report.Problems, p => p is { Code: "NEWS040", Path: "articles/b-neu.md" });
        Assert.Equal("Alt", (await host.QueryAsync(q => q.BySlugAsync("begehrt", CancellationToken.None)))!.Title);
        Assert.Equal(1, await host.DbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_link_to_an_article_later_in_path_order_is_written_at_the_end()
    {
        _content.WriteArticle("a-verweis", "Verweis", "2026-01-01", body: "Siehe [Ziel](/artikel/z-ziel).");
        _content.WriteArticle("z-ziel", "Ziel", "2026-01-02");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((2, 0), (report.Added, report.Failed));
        Assert.NotNull(await host.QueryAsync(q => q.BySlugAsync("a-verweis", CancellationToken.None)));
    }

    [Fact]
    public async Task A_file_waiting_for_a_slug_keeps_its_place_before_later_files_as_the_validator_decides()
    {
        _content.WriteArticle("m-mitte", "Mitte", "2026-01-01", extraFrontMatter: "slug: begehrt\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // a-erste waits for m-mitte (read later) to give up the slug; z-letzte, later still, must not take it meanwhile.
        _content.WriteArticle("m-mitte", "Mitte", "2026-01-01", extraFrontMatter: "slug: neu\n");
        _content.WriteArticle("a-erste", "Erste", "2026-01-02", extraFrontMatter: "slug: begehrt\n");
        _content.WriteArticle("z-letzte", "Letzte", "2026-01-03", extraFrontMatter: "slug: begehrt\n");
        var report = await host.Sync.SyncAsync();
        var validation = await Dortmund.News.Catalogue.Validation.ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(["articles/z-letzte.md"], validation.Problems.Where(p => p.Code == "NEWS040").Select(p => p.Path));
        Assert.Equal(["articles/z-letzte.md"], report.Problems.Where(p => p.Code == "NEWS040").Select(p => p.Path));
        Assert.Equal("Erste", (await host.QueryAsync(q => q.BySlugAsync("begehrt", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_swap_is_written_even_when_another_file_in_the_last_group_is_blocked()
    {
        _content.WriteArticle("a-datei", "Erster", "2026-01-01", extraFrontMatter: "slug: erster\n");
        _content.WriteArticle("b-datei", "Zweiter", "2026-01-02", extraFrontMatter: "slug: zweiter\n");
        _content.WriteArticle("w-datei", "Alt", "2026-01-03", extraFrontMatter: "slug: begehrt\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteArticle("a-datei", "Erster", "2026-01-01", extraFrontMatter: "slug: zweiter\n");
        _content.WriteArticle("b-datei", "Zweiter", "2026-01-02", extraFrontMatter: "slug: erster\n");
        _content.WriteArticle("w-datei", "Alt", "2026-01-03", extraFrontMatter: "slug: anders\n", body: "Siehe [hier](/artikel/fehlt).");
        _content.WriteArticle("x-datei", "Neu", "2026-01-04", extraFrontMatter: "slug: begehrt\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal(["articles/w-datei.md", "articles/x-datei.md"], report.Problems.Where(p => p.Severity == Content.Problems.Severity.Error).Select(p => p.Path));
        Assert.Contains("w-datei", report.Problems.Single(p => p.Path == "articles/x-datei.md").Message);
        Assert.Equal("Erster", (await host.QueryAsync(q => q.BySlugAsync("zweiter", CancellationToken.None)))!.Title);
        Assert.Equal("Alt", (await host.QueryAsync(q => q.BySlugAsync("begehrt", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task Hundreds_of_articles_are_written_with_their_tags_and_categories_shared()
    {
        for (var i = 0; i < 300; i++)
            _content.WriteArticle($"meldung-{i:000}", $"Meldung {i}", "2026-01-01", extraFrontMatter: $"category: Rubrik {i % 3}\ntags: [Hafen, Thema {i % 7}]\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((300, 0), (report.Added, report.Failed));
        Assert.Equal(300, await host.DbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(8, await host.DbAsync(db => db.Tags.CountAsync()));
        Assert.Equal(3, await host.DbAsync(db => db.Categories.CountAsync()));
        Assert.Equal(600, await host.DbAsync(db => db.ArticleTags.CountAsync()));
    }
}
