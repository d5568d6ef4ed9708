using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Queries;

public sealed class TaxonomyQueriesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Category_and_tag_pages_list_only_public_articles_newest_first()
    {
        _content.WriteArticle("alt", "Alt", "2026-01-01", extraFrontMatter: "category: Wissenschaft\ntags: [Hafen, Japan]\n");
        _content.WriteArticle("neu", "Neu", "2026-02-01", extraFrontMatter: "category: Wissenschaft\ntags: [Hafen]\n");
        _content.WriteArticle("entwurf", "Entwurf", "2026-03-01", extraFrontMatter: "category: Wissenschaft\ntags: [Hafen]\ndraft: true\n");
        _content.WriteArticle("anders", "Anders", "2026-03-01", extraFrontMatter: "category: Logistik\n");
        _content.WriteArticle("abgelaufen", "Abgelaufen", "2026-01-15", extraFrontMatter: "tags: [Hafen]\nexpiryDate: 2026-01-31\n");
        await using var host = await SyncedAsync();

        var category = await Taxonomy(host, q => q.CategoryAsync("wissenschaft", 1, CancellationToken.None));
        var tag = await Taxonomy(host, q => q.TagAsync("hafen", 1, CancellationToken.None));

        Assert.Equal("Wissenschaft", category!.Taxonomy.Name);
        Assert.Equal(["Neu", "Alt"], category.Articles.Items.Select(a => a.Title));
        Assert.Equal("Hafen", tag!.Taxonomy.Name);
        Assert.Equal(["Neu", "Alt"], tag.Articles.Items.Select(a => a.Title));
        Assert.Equal((2, 2), (category.Articles.TotalCount, tag.Articles.TotalCount));
        Assert.Null(await Taxonomy(host, q => q.TagAsync("unbekannt", 1, CancellationToken.None)));
        Assert.Null(await Taxonomy(host, q => q.CategoryAsync("wissenschaft", 2, CancellationToken.None)));
    }

    [Fact]
    public async Task A_tag_used_only_by_hidden_articles_has_no_page_and_no_count()
    {
        _content.WriteArticle("sichtbar", "Sichtbar", "2026-01-01", extraFrontMatter: "tags: [Hafen]\n");
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-01", extraFrontMatter: "tags: [Geheim, Hafen]\ndraft: true\n");
        _content.WriteArticle("zukunft", "Zukunft", "2999-01-01", extraFrontMatter: "tags: [Hafen, Morgen]\n");
        await using var host = await SyncedAsync();

        var tags = await Taxonomy(host, q => q.TagsAsync(CancellationToken.None));

        Assert.Equal([new TagCount("hafen", "Hafen", 1)], tags);
        Assert.Null(await Taxonomy(host, q => q.TagAsync("geheim", 1, CancellationToken.None)));
    }

    [Fact]
    public async Task Tag_overview_counts_in_german_alphabetical_order()
    {
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "tags: [Zukunft, Ökologie, Hafen]\n");
        _content.WriteArticle("b", "B", "2026-01-02", extraFrontMatter: "tags: [Hafen, Ärzte]\n");
        await using var host = await SyncedAsync();

        var tags = await Taxonomy(host, q => q.TagsAsync(CancellationToken.None));

        Assert.Equal(["Ärzte 1", "Hafen 2", "Ökologie 1", "Zukunft 1"], tags.Select(t => $"{t.Name} {t.Count}"));
    }

    [Fact]
    public async Task Archive_groups_by_month_in_Dortmund_time()
    {
        // 23:30 UTC on 31 December is already January in Dortmund; 22:30 UTC on 31 March is April (summer time).
        _content.WriteArticle("neujahr", "Neujahr", "2025-12-31T23:30:00Z");
        _content.WriteArticle("silvester", "Silvester", "2025-12-31T22:30:00Z");
        _content.WriteArticle("april", "April", "2026-03-31T22:30:00Z");
        _content.WriteArticle("maerz", "März", "2026-03-31T21:30:00Z");
        _content.WriteArticle("entwurf", "Entwurf", "2026-05-01", extraFrontMatter: "draft: true\n");
        await using var host = await SyncedAsync();

        var years = await Taxonomy(host, q => q.ArchiveAsync(CancellationToken.None));
        var january = await Taxonomy(host, q => q.ArchivePageAsync(2026, 1, 1, CancellationToken.None));
        var year2026 = await Taxonomy(host, q => q.ArchivePageAsync(2026, null, 1, CancellationToken.None));

        Assert.Equal([2026, 2025], years.Select(y => y.Year));
        Assert.Equal([(2026, 4, 1), (2026, 3, 1), (2026, 1, 1)], years[0].Months.Select(m => (m.Year, m.Month, m.Count)));
        Assert.Equal(3, years[0].Count);
        Assert.Equal([(2025, 12, 1)], years[1].Months.Select(m => (m.Year, m.Month, m.Count)));
        Assert.Equal(["Neujahr"], january!.Articles.Items.Select(a => a.Title));
        Assert.Equal(["April", "März", "Neujahr"], year2026!.Articles.Items.Select(a => a.Title));
        Assert.Null(await Taxonomy(host, q => q.ArchivePageAsync(2026, 5, 1, CancellationToken.None)));
        Assert.Null(await Taxonomy(host, q => q.ArchivePageAsync(2024, null, 1, CancellationToken.None)));
    }

    [Fact]
    public async Task Related_articles_share_most_tags_then_the_category_then_are_newest()
    {
        _content.WriteArticle("start", "Start", "2026-01-10", extraFrontMatter: "category: Hafen\ntags: [A, B, C]\n");
        _content.WriteArticle("zwei-tags", "Zwei Tags", "2026-01-01", extraFrontMatter: "tags: [A, B]\n");
        _content.WriteArticle("ein-tag-rubrik", "Ein Tag und Rubrik", "2026-01-02", extraFrontMatter: "category: Hafen\ntags: [C]\n");
        _content.WriteArticle("ein-tag-neu", "Ein Tag neu", "2026-01-05", extraFrontMatter: "tags: [A]\n");
        _content.WriteArticle("ein-tag-alt", "Ein Tag alt", "2026-01-03", extraFrontMatter: "tags: [B]\n");
        _content.WriteArticle("nur-rubrik", "Nur Rubrik", "2026-01-09", extraFrontMatter: "category: Hafen\n");
        _content.WriteArticle("nichts", "Nichts gemeinsam", "2026-01-11", extraFrontMatter: "tags: [Z]\n");
        _content.WriteArticle("drei-tags-entwurf", "Entwurf", "2026-01-04", extraFrontMatter: "tags: [A, B, C]\ndraft: true\n");
        await using var host = await SyncedAsync();
        var id = await IdOf(host, "start");

        var related = await host.QueryAsync<RelatedQueries, RelatedArticles>(q => q.ForAsync(id, CancellationToken.None));

        Assert.Equal(["zwei-tags", "ein-tag-rubrik", "ein-tag-neu"], related.Related.Select(r => r.Slug));
        Assert.Equal("nur-rubrik", related.Older?.Slug);
        Assert.Equal("nichts", related.Newer?.Slug);
    }

    [Fact]
    public async Task With_fewer_than_three_public_candidates_all_of_them_are_related()
    {
        _content.WriteArticle("start", "Start", "2026-01-10", extraFrontMatter: "category: Hafen\ntags: [A, B]\n");
        _content.WriteArticle("rubrik", "Rubrik", "2026-01-01", extraFrontMatter: "category: Hafen\n");
        _content.WriteArticle("ein-tag", "Ein Tag", "2026-01-02", extraFrontMatter: "tags: [B]\n");
        _content.WriteArticle("abgelaufen", "Abgelaufen", "2026-01-03", extraFrontMatter: "tags: [A, B]\nexpiryDate: 2026-01-31\n");
        _content.WriteArticle("geplant", "Geplant", "2099-01-01", extraFrontMatter: "tags: [A, B]\ncategory: Hafen\n");
        _content.WriteArticle("nichts", "Nichts", "2026-01-04", extraFrontMatter: "tags: [Z]\n");
        await using var host = await SyncedAsync();

        var related = await host.QueryAsync<RelatedQueries, RelatedArticles>(async q => await q.ForAsync(await IdOf(host, "start"), CancellationToken.None));

        Assert.Equal(["ein-tag", "rubrik"], related.Related.Select(r => r.Slug));
    }

    [Fact]
    public async Task Previous_and_next_skip_hidden_articles_and_end_at_the_ends()
    {
        _content.WriteArticle("erster", "Erster", "2026-01-01");
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-02", extraFrontMatter: "draft: true\n");
        _content.WriteArticle("zweiter", "Zweiter", "2026-01-03");
        await using var host = await SyncedAsync();

        var first = await host.QueryAsync<RelatedQueries, RelatedArticles>(async q => await q.ForAsync(await IdOf(host, "erster"), CancellationToken.None));
        var second = await host.QueryAsync<RelatedQueries, RelatedArticles>(async q => await q.ForAsync(await IdOf(host, "zweiter"), CancellationToken.None));

        Assert.Equal((null, "zweiter"), (first.Older?.Slug, first.Newer?.Slug));
        Assert.Equal(("erster", null), (second.Older?.Slug, second.Newer?.Slug));
        Assert.Empty(first.Related);
    }

    private async Task<CatalogueHost> SyncedAsync()
    {
        var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        return host;
    }

    private static Task<int> IdOf(CatalogueHost host, string slug) =>
        host.DbAsync(db => Task.FromResult(db.Articles.Single(a => a.Slug == slug).Id));

    private static Task<T> Taxonomy<T>(CatalogueHost host, Func<TaxonomyQueries, Task<T>> query) => host.QueryAsync(query);
}
