using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Content.Translations;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Translations;

public sealed class TranslationQueriesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Both_versions_of_a_bundle_share_the_slug_and_each_language_lists_only_its_own()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", "tags: [Delegation]\ncategory: International\n");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "tags: [Delegation, Investment]\ncategory: International Affairs\ntranslator: Jane Doe\n");
        _content.WriteGerman("nur-deutsch", "Nur deutsch", "2026-11-10");
        await using var host = await SyncedAsync();

        var german = await host.QueryAsync(q => q.NewestAsync(1, None));
        var english = await host.QueryAsync(q => q.NewestAsync(Languages.English, 1, None));
        var englishFront = await host.QueryAsync(q => q.FrontPageAsync(Languages.English, 1, None));
        var visit = await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None));
        var besuch = await host.QueryAsync(q => q.BySlugAsync("besuch", None));

        Assert.Equal(["Besuch", "Nur deutsch"], german!.Items.Select(a => a.Title));
        Assert.Equal(["Visit"], english!.Items.Select(a => a.Title));
        Assert.Equal("Visit", englishFront!.Lead!.Title);
        Assert.Equal(("Visit", "en", "Jane Doe"), (visit!.Title, visit.Language, visit.Translator));
        Assert.Equal(("Besuch", "de", null), (besuch!.Title, besuch.Language, besuch.Translator));
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync(Languages.English, "nur-deutsch", None)));
        Assert.Equal(["Investment"], visit.Tags.Skip(1).Select(t => t.Name));
    }

    [Fact]
    public async Task Tags_categories_and_archives_are_per_language()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", "tags: [Delegation]\ncategory: International\n");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "tags: [Delegation]\ncategory: International\n");
        _content.WriteGerman("messe", "Messe", "2026-10-01", "tags: [Delegation]\n");
        await using var host = await SyncedAsync();

        var germanTag = await host.QueryAsync<TaxonomyQueries, TaxonomyPage?>(q => q.TagAsync("delegation", 1, None));
        var englishTag = await host.QueryAsync<TaxonomyQueries, TaxonomyPage?>(q => q.TagAsync(Languages.English, "delegation", 1, None));
        var englishCategory = await host.QueryAsync<TaxonomyQueries, TaxonomyPage?>(q => q.CategoryAsync(Languages.English, "international", 1, None));
        var englishTags = await host.QueryAsync<TaxonomyQueries, IReadOnlyList<TagCount>>(q => q.TagsAsync(Languages.English, None));
        var englishArchive = await host.QueryAsync<TaxonomyQueries, IReadOnlyList<ArchiveYear>>(q => q.ArchiveAsync(Languages.English, None));
        var germanOctober = await host.QueryAsync<TaxonomyQueries, ArchivePage?>(q => q.ArchivePageAsync(2026, 10, 1, None));

        Assert.Equal(["Besuch", "Messe"], germanTag!.Articles.Items.Select(a => a.Title));
        Assert.Equal(["Visit"], englishTag!.Articles.Items.Select(a => a.Title));
        Assert.Equal(["Visit"], englishCategory!.Articles.Items.Select(a => a.Title));
        Assert.Equal([new TagCount("delegation", "Delegation", 1)], englishTags);
        Assert.Equal([(2026, 1)], englishArchive.Select(y => (y.Year, y.Count)));
        Assert.Equal(["Messe"], germanOctober!.Articles.Items.Select(a => a.Title));
        Assert.Null(await host.QueryAsync<TaxonomyQueries, ArchivePage?>(q => q.ArchivePageAsync(Languages.English, 2026, 10, 1, None)));
        Assert.Equal(2, await host.DbAsync(db => db.Tags.CountAsync(t => t.Slug == "delegation")));
    }

    [Fact]
    public async Task Translations_name_only_the_other_languages_public_versions()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "slug: visit-of-a-delegation\n");
        _content.WriteGerman("entwurf", "Entwurf", "2026-11-12");
        _content.WriteEnglish("entwurf", "Draft", "2026-11-12", "draft: true\n");
        _content.WriteGerman("geplant", "Geplant", "2026-11-12");
        _content.WriteEnglish("geplant", "Scheduled", "2999-01-01");
        _content.WriteGerman("abgelaufen", "Abgelaufen", "2026-11-12");
        _content.WriteEnglish("abgelaufen", "Expired", "2026-11-12", "expires: 2026-11-13\n");
        _content.Write("articles/anderswo.md", "---\ntitle: Woanders\ndate: 2026-11-01\ntranslationKey: woanders\n---\n\nText.\n");
        _content.Write("articles/en/elsewhere.md", "---\ntitle: Elsewhere\ndate: 2026-11-01\nlang: en\ntranslationKey: woanders\n---\n\nText.\n");
        await using var host = await CatalogueHost.StartAsync(_content, showDrafts: true);
        await host.Sync.SyncAsync();

        Assert.Equal([new ArticleKey("en", "visit-of-a-delegation")], await Translations(host, "de", "besuch"));
        Assert.Equal([new ArticleKey("de", "besuch")], await Translations(host, "en", "visit-of-a-delegation"));
        Assert.Empty(await Translations(host, "de", "entwurf"));
        Assert.Empty(await Translations(host, "de", "geplant"));
        Assert.Empty(await Translations(host, "de", "abgelaufen"));
        Assert.Equal([new ArticleKey("en", "elsewhere")], await Translations(host, "de", "anderswo"));
        Assert.Empty(await Translations(host, "en", "geplant"));
        Assert.Empty(await host.QueryAsync(q => q.AuthorLanguagesAsync("niemand", None)));
    }

    [Fact]
    public async Task Feeds_and_the_sitemap_list_one_language_with_its_translations_as_alternates()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", "tags: [Delegation]\n");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "tags: [Delegation]\n");
        _content.WriteGerman("messe", "Messe", "2026-11-01");
        await using var host = await SyncedAsync();

        var englishFeed = await host.QueryAsync<SyndicationQueries, FeedSource?>(q => q.FeedAsync(FeedScope.Site.In(Languages.English), None));
        var germanFeed = await host.QueryAsync<SyndicationQueries, FeedSource?>(q => q.FeedAsync(FeedScope.Site, None));
        var englishTagFeed = await host.QueryAsync<SyndicationQueries, FeedSource?>(q => q.FeedAsync(FeedScope.Tag("delegation").In(Languages.English), None));
        var englishSitemap = await host.QueryAsync<SyndicationQueries, SitemapSource>(q => q.SitemapAsync(Languages.English, .., None));
        var germanSitemap = await host.QueryAsync<SyndicationQueries, SitemapSource>(q => q.SitemapAsync(.., None));

        Assert.Equal(["Visit"], englishFeed!.Entries.Select(e => e.Title));
        Assert.Equal(["Besuch", "Messe"], germanFeed!.Entries.Select(e => e.Title));
        Assert.Equal(["Visit"], englishTagFeed!.Entries.Select(e => e.Title));
        Assert.Equal(["besuch"], englishSitemap.Articles.Select(a => a.Slug));
        Assert.Equal([new ArticleKey("de", "besuch")], englishSitemap.Articles.Single().Translations);
        Assert.Equal([[new ArticleKey("en", "besuch")], []], germanSitemap.Articles.Select(a => a.Translations.ToArray()));
    }

    [Fact]
    public async Task Search_finds_only_the_articles_of_its_language()
    {
        _content.WriteGerman("besuch", "Besuch der Delegation", "2026-11-12");
        _content.WriteEnglish("besuch", "Visit of the delegation", "2026-11-12");
        await using var host = await SyncedAsync();

        var english = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync(Languages.English, "delegation", 1, None));
        var german = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("delegation", 1, None));

        Assert.Equal(["Visit of the delegation"], english!.Hits.Items.Select(h => h.Title));
        Assert.Equal(["Besuch der Delegation"], german!.Hits.Items.Select(h => h.Title));
    }

    [Theory]
    [InlineData("delegations")]
    [InlineData("Delegation")]
    [InlineData("Munchen")]
    [InlineData("MÜNCHEN")]
    [InlineData("visited")]
    [InlineData("investing")]
    public async Task English_search_folds_case_and_diacritics_and_stems(string query)
    {
        _content.WriteEnglish("besuch", "Delegation from München visits Dortmund", "2026-11-12",
            body: "The delegation visits companies and discusses investment.");
        _content.WriteGerman("besuch", "Delegationen aus München", "2026-11-12");
        await using var host = await SyncedAsync();

        var english = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync(Languages.English, query, 1, None));

        Assert.Equal(["Delegation from München visits Dortmund"], english!.Hits.Items.Select(h => h.Title));
    }

    [Fact]
    public async Task German_search_does_not_stem_as_English_does()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", body: "Die Delegation kam an.");
        await using var host = await SyncedAsync();

        var german = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("delegations", 1, None));

        Assert.Equal(0, german!.Hits.TotalCount);
    }

    [Fact]
    public async Task The_background_index_fills_both_languages_tables()
    {
        for (var i = 0; i < 6; i++)
        {
            _content.WriteGerman($"artikel-{i}", $"Hafen {i}", "2026-11-12");
            _content.WriteEnglish($"artikel-{i}", $"Harbours {i}", "2026-11-12");
        }

        await using var host = await CatalogueHost.StartAsync(_content, adjust: s => s with { ArticlesIndexedDuringSync = 2 });
        await host.Sync.SyncAsync();
        await Poll.UntilAsync(() => !host.Sync.SearchIndexIncomplete, "the background search index to finish");

        var english = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync(Languages.English, "harbour", 1, None));
        var german = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("hafen", 1, None));
        Assert.Equal((6, 6), (english!.Hits.TotalCount, german!.Hits.TotalCount));
    }

    private static Task<IReadOnlyList<ArticleKey>> Translations(CatalogueHost host, string language, string slug) =>
        host.QueryAsync(q => q.TranslationsAsync(language, slug, None));

    private async Task<CatalogueHost> SyncedAsync()
    {
        var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        return host;
    }
}
