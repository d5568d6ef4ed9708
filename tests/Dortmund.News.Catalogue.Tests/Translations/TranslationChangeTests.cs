using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Translations;

/// <summary>What a sync reports changed when one version of a translated article changes: every version's page.</summary>
public sealed class TranslationChangeTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Editing_one_version_names_every_version_of_its_group()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "slug: visit\n");
        _content.WriteGerman("anderes", "Anderes", "2026-11-12");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var changes = Record(host);

        _content.WriteGerman("besuch", "Besuch, neu", "2026-11-12");
        await host.Sync.SyncAsync(["articles/2026/besuch/index.md"]);
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "slug: a-visit\n");
        await host.Sync.SyncAsync(["articles/2026/besuch/index.en.md"]);

        Assert.Equal([new ArticleKey("de", "besuch"), new ArticleKey("en", "visit")], changes[0].Translations.OrderBy(k => k.Language));
        Assert.Contains("visit", changes[0].ArticlePages);
        Assert.Equal(["de/besuch", "en/a-visit", "en/visit"], changes[1].Translations.Select(k => $"{k.Language}/{k.Slug}").Order());
        Assert.DoesNotContain("anderes", changes[1].ArticlePages.Concat(changes[1].Articles));
    }

    [Fact]
    public async Task Deleting_the_original_names_the_translation_it_takes_down()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "slug: visit\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var changes = Record(host);

        _content.Delete("articles/2026/besuch/index.md");
        await host.Sync.SyncAsync(["articles/2026/besuch/index.md"]);

        Assert.Superset(new HashSet<string> { "besuch", "visit" }, Assert.Single(changes).Articles.ToHashSet());
    }

    private static List<CatalogueChange> Record(CatalogueHost host)
    {
        var changes = new List<CatalogueChange>();
        host.Sync.Changed += change => { lock (changes) changes.Add(change); };
        return changes;
    }
}
