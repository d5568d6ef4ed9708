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
    public async Task A_new_file_linking_to_a_later_file_is_published_whole_once_that_file_is_read()
    {
        _content.WriteArticle("a-verweis", "Verweis", "2026-01-01", body: "Mehr dazu [hier](/artikel/z-ziel) und ein Satz.");
        _content.WriteArticle("z-ziel", "Ziel", "2026-01-02");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((2, 0), (report.Added, report.Failed));
        var article = (await host.QueryAsync(q => q.BySlugAsync("a-verweis", CancellationToken.None)))!;
        Assert.Contains("href=\"/artikel/z-ziel\"", article.Html);
        Assert.Contains("ein Satz", article.Summary);
    }

    [Fact]
    public async Task A_new_file_whose_link_fails_at_the_end_is_taken_out_with_its_tags_and_reported_once()
    {
        // At a-erster's turn z-fehlt could still be read later, so a-erster is written and taken out at the end.
        _content.WriteArticle("a-erster", "Erster", "2026-01-01", body: "Siehe [fehlt](/artikel/z-fehlt).", extraFrontMatter: "tags: [Hafen]\n");
        _content.WriteArticle("b-zweiter", "Zweiter", "2026-01-02");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 1), (report.Added, report.Failed));
        Assert.Equal(["articles/a-erster.md:7:7: error NEWS042: link to '/artikel/z-fehlt' matches no article: check the address"],
            report.Problems.Where(p => p.Code == "NEWS042").Select(p => p.ToString()));
        Assert.Equal(["b-zweiter"], await host.DbAsync(db => db.Articles.Select(a => a.Slug).ToListAsync()));
        Assert.Equal(0, await host.DbAsync(db => db.Set<Model.ArticleTagEntry>().CountAsync()));
        Assert.Equal(1, await host.DbAsync(db => db.Problems.CountAsync(p => p.Code == "NEWS042")));
    }

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
    public async Task A_chain_of_files_each_taking_the_slug_the_next_gives_up_is_written_in_one_sync()
    {
        _content.WriteArticle("b-datei", "B", "2026-01-01", extraFrontMatter: "slug: bee\n");
        _content.WriteArticle("c-datei", "C", "2026-01-02", extraFrontMatter: "slug: cee\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // a-neu waits for b-datei's slug, b-datei for c-datei's; c-datei takes a free one, and the chain settles from its end.
        _content.WriteArticle("a-neu", "A", "2026-01-03", extraFrontMatter: "slug: bee\n");
        _content.WriteArticle("b-datei", "B", "2026-01-01", extraFrontMatter: "slug: cee\n");
        _content.WriteArticle("c-datei", "C", "2026-01-02", extraFrontMatter: "slug: dee\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 2, 0), (report.Added, report.Updated, report.Failed));
        Assert.Equal("A", (await host.QueryAsync(q => q.BySlugAsync("bee", CancellationToken.None)))!.Title);
        Assert.Equal("B", (await host.QueryAsync(q => q.BySlugAsync("cee", CancellationToken.None)))!.Title);
        Assert.Equal("C", (await host.QueryAsync(q => q.BySlugAsync("dee", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_chain_ending_in_a_refused_file_fails_back_along_the_chain_each_file_naming_the_next()
    {
        _content.WriteArticle("b-datei", "B", "2026-01-01", extraFrontMatter: "slug: ix\n");
        _content.WriteArticle("c-datei", "C", "2026-01-02", extraFrontMatter: "slug: ypsilon\n");
        _content.WriteArticle("d-datei", "D", "2026-01-03", extraFrontMatter: "slug: we\n");
        _content.WriteArticle("e-fest", "E", "2026-01-04", extraFrontMatter: "slug: zet\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // Each file waits for the next one's slug; d-datei wants the slug of e-fest, which nobody touches, and is
        // refused, so its published version keeps "we": c-datei is refused in the first round after every turn,
        // b-datei in the second, a-neu in the third, each naming the file that kept the slug.
        _content.WriteArticle("a-neu", "A", "2026-01-05", extraFrontMatter: "slug: ix\n");
        _content.WriteArticle("b-datei", "B2", "2026-01-01", extraFrontMatter: "slug: ypsilon\n");
        _content.WriteArticle("c-datei", "C2", "2026-01-02", extraFrontMatter: "slug: we\n");
        _content.WriteArticle("d-datei", "D2", "2026-01-03", extraFrontMatter: "slug: zet\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal(
            [
                "articles/a-neu.md: slug 'ix' is already used by articles/b-datei.md",
                "articles/b-datei.md: slug 'ypsilon' is already used by articles/c-datei.md",
                "articles/c-datei.md: slug 'we' is already used by articles/d-datei.md",
                "articles/d-datei.md: slug 'zet' is already used by articles/e-fest.md",
            ],
            report.Problems.Select(p => $"{p.Path}: {p.Message[..p.Message.IndexOf(':')]}"));
        Assert.Equal((0, 0, 4), (report.Added, report.Updated, report.Failed));
        Assert.Equal("B", (await host.QueryAsync(q => q.BySlugAsync("ix", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_file_blocked_at_the_end_keeps_its_published_version_and_with_it_the_slug_a_later_file_wanted()
    {
        _content.WriteArticle("b-datei", "B", "2026-01-01", extraFrontMatter: "slug: bee\n");
        _content.WriteArticle("h-datei", "H", "2026-01-02", extraFrontMatter: "slug: ha\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        // h-datei gives up "ha" but its link fails at the very end, so its published version keeps "ha":
        // b-datei, which took "ha", fails and keeps "bee", so c-neu, which took "bee", fails too.
        _content.WriteArticle("b-datei", "B2", "2026-01-01", extraFrontMatter: "slug: ha\n");
        _content.WriteArticle("c-neu", "C", "2026-01-03", extraFrontMatter: "slug: bee\n");
        _content.WriteArticle("h-datei", "H2", "2026-01-02", extraFrontMatter: "slug: anders\n", body: "Siehe [hier](/artikel/fehlt).");
        var report = await host.Sync.SyncAsync();

        Assert.Equal(
            [("articles/b-datei.md", "NEWS040"), ("articles/c-neu.md", "NEWS040"), ("articles/h-datei.md", "NEWS042")],
            report.Problems.Select(p => (p.Path, p.Code)));
        Assert.Contains("h-datei", report.Problems[0].Message);
        Assert.Contains("b-datei", report.Problems[1].Message);
        Assert.Equal("B", (await host.QueryAsync(q => q.BySlugAsync("bee", CancellationToken.None)))!.Title);
        Assert.Equal("H", (await host.QueryAsync(q => q.BySlugAsync("ha", CancellationToken.None)))!.Title);
        Assert.Equal(2, await host.DbAsync(db => db.Articles.CountAsync()));
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
