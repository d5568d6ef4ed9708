using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Validation;

/// <summary>The rules that involve two files, as the sync applies them and as the validator reports them.</summary>
public sealed class CrossFileRulesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_second_article_with_a_taken_slug_fails_at_its_slug_line_naming_the_first_which_stays_up()
    {
        _content.WriteArticle("erster", "Erster", "2026-01-01", extraFrontMatter: "slug: gleich\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        _content.WriteArticle("zweiter", "Zweiter", "2026-01-02", extraFrontMatter: "slug: gleich\n");

        var report = await host.Sync.SyncAsync();

        Assert.Equal(
            "articles/zweiter.md:4:7: error NEWS040: slug 'gleich' is already used by articles/erster.md: set a different 'slug:' in one of the two files",
            Assert.Single(report.Problems).ToString());
        Assert.Equal("Erster", (await host.QueryAsync(q => q.BySlugAsync("gleich", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task A_slug_taken_from_the_title_is_reported_at_the_title()
    {
        _content.Write("articles/a/index.md", "---\ntitle: A\ndate: 2026-01-01\nslug: ziel\n---\n\nText.\n");
        _content.Write("articles/b/ziel.md", "---\ndate: 2026-01-01\ntitle: B\n---\n\nText.\n");

        var report = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.StartsWith("articles/b/ziel.md:3:8: error NEWS040: slug 'ziel' is already used by articles/a/index.md", Assert.Single(report.Problems).ToString());
    }

    [Fact]
    public async Task An_alias_that_is_another_articles_url_fails_at_the_alias()
    {
        _content.WriteArticle("bestand", "Bestand", "2026-01-01");
        _content.WriteArticle("neu", "Neu", "2026-01-02", extraFrontMatter: "aliases:\n  - /alt/neu\n  - /artikel/bestand\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal(
            "articles/neu.md:6:5: error NEWS041: alias '/artikel/bestand' is already the URL of articles/bestand.md: remove the alias from one of the two files",
            Assert.Single(report.Problems).ToString());
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync("neu", CancellationToken.None)));
    }

    [Fact]
    public async Task A_link_to_a_missing_article_holds_it_back_until_the_target_is_added()
    {
        _content.WriteArticle("verweis", "Verweis", "2026-01-01",
            body: "Siehe [Teil 1](/artikel/teil-1), [Teil 1 Abschnitt](/artikel/teil-1#ende) und [extern](https://example.org/artikel/x).");
        await using var host = await CatalogueHost.StartAsync(_content);

        var first = await host.Sync.SyncAsync();

        Assert.Equal(
            ["articles/verweis.md:6:7: error NEWS042: link to '/artikel/teil-1' matches no article: check the address",
             "articles/verweis.md:6:34: error NEWS042: link to '/artikel/teil-1' matches no article: check the address"],
            first.Problems.Select(p => p.ToString()));
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync("verweis", CancellationToken.None)));

        // The linking file is untouched: the sync re-checks it because another file changed.
        _content.WriteArticle("teil-1", "Teil 1", "2026-01-01");
        var second = await host.Sync.SyncAsync();

        Assert.Empty(second.Problems);
        Assert.NotNull(await host.QueryAsync(q => q.BySlugAsync("verweis", CancellationToken.None)));
    }

    [Fact]
    public async Task Links_to_aliases_and_earlier_slugs_are_fine()
    {
        _content.WriteArticle("ziel", "Ziel", "2026-01-01", extraFrontMatter: "aliases: [/presse/ziel.html, /artikel/frueher]\n");
        _content.WriteArticle("verweis", "Verweis", "2026-01-01", body: "[a](/presse/ziel.html) [b](/artikel/frueher/) [c](/artikel/ziel?x=1)");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Empty(report.Problems);
        Assert.Empty(validated.Problems);
    }
}
