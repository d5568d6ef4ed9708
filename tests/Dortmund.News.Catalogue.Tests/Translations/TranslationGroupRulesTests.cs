using CsCheck;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Translations;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Translations;

/// <summary>The rules of translation groups, as the sync applies them (also incrementally) and as the validator reports them.</summary>
public sealed class TranslationGroupRulesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_second_translation_into_one_language_fails_at_its_key_naming_the_first()
    {
        _content.Write("articles/besuch.md", "---\ntitle: Besuch\ndate: 2026-11-12\ntranslationKey: besuch\n---\n\nText.\n");
        _content.Write("articles/en/a-visit.md", "---\ntitle: A visit\ndate: 2026-11-12\nlang: en\ntranslationKey: besuch\n---\n\nText.\n");
        _content.Write("articles/en/b-visit.md", "---\ntitle: B visit\ndate: 2026-11-12\nlang: en\ntranslationKey: besuch\n---\n\nText.\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        const string expected = "articles/en/b-visit.md:5:17: error NEWS082: articles/en/a-visit.md is the 'en' version of translation group "
            + "'translationKey: besuch' already: give one of the two files another 'translationKey:' or 'lang:'";
        Assert.Equal(expected, Assert.Single(report.Problems).ToString());
        Assert.Equal(expected, Assert.Single(validated.Problems).ToString());
        Assert.Equal([new("en", "a-visit")], await host.QueryAsync(q => q.TranslationsAsync("de", "besuch", None)));
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync(Languages.English, "b-visit", None)));
    }

    [Fact]
    public async Task A_translation_without_its_original_fails_and_appears_with_it()
    {
        _content.WriteEnglish("besuch", "Visit", "2026-11-12");
        await using var host = await CatalogueHost.StartAsync(_content);

        var alone = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        var together = await host.Sync.SyncAsync();

        const string expected = "articles/2026/besuch/index.en.md:2:8: error NEWS083: the German original articles/2026/besuch/index.md is missing "
            + "or has errors: a translation appears with its original";
        Assert.Equal(expected, Assert.Single(alone.Problems).ToString());
        Assert.Equal(expected, Assert.Single(validated.Problems).ToString());
        Assert.Empty(together.Problems);
        Assert.Equal("Visit", (await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None)))!.Title);
    }

    [Fact]
    public async Task Deleting_the_original_takes_the_translation_down_with_a_located_error_and_restoring_it_brings_both_back()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.Delete("articles/2026/besuch/index.md");
        var deleted = await host.Sync.SyncAsync(["articles/2026/besuch/index.md"]);
        var englishAfterDelete = await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None));
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        var restored = await host.Sync.SyncAsync(["articles/2026/besuch/index.md"]);

        Assert.Equal(("NEWS083", "articles/2026/besuch/index.en.md"), (Assert.Single(deleted.Problems).Code, deleted.Problems[0].Path));
        Assert.Null(englishAfterDelete);
        Assert.Empty(restored.Problems);
        Assert.Equal("Visit", (await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None)))!.Title);
        Assert.Equal([new("en", "besuch")], await host.QueryAsync(q => q.TranslationsAsync("de", "besuch", None)));
    }

    [Fact]
    public async Task A_suffix_translation_naming_another_key_than_its_original_fails_at_its_key()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", "translationKey: besuch-2026\n");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        const string expected = "articles/2026/besuch/index.en.md:2:8: error NEWS084: articles/2026/besuch/index.md is in translation group "
            + "'translationKey: besuch-2026', this file in the translation group of articles/2026/besuch/index.md: write the same 'translationKey:' in both files, or none in either";
        Assert.Equal(expected, Assert.Single(report.Problems).ToString());
        Assert.Equal(expected, Assert.Single(validated.Problems).ToString());
    }

    [Fact]
    public async Task Editing_a_translation_updates_it_alone_and_a_new_translation_joins_the_group()
    {
        _content.WriteGerman("besuch", "Besuch", "2026-11-12");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteEnglish("besuch", "Visit", "2026-11-12");
        var added = await host.Sync.SyncAsync(["articles/2026/besuch/index.en.md"]);
        _content.WriteEnglish("besuch", "A visit", "2026-11-12", "slug: a-visit\n");
        var edited = await host.Sync.SyncAsync(["articles/2026/besuch/index.en.md"]);

        Assert.Equal((1, 0), (added.Added, added.Updated));
        Assert.Equal((0, 1), (edited.Added, edited.Updated));
        Assert.Equal([new("en", "a-visit")], await host.QueryAsync(q => q.TranslationsAsync("de", "besuch", None)));
        Assert.Equal("Besuch", (await host.QueryAsync(q => q.BySlugAsync("besuch", None)))!.Title);
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None)));
    }

    // Random trees of German and English files with and without keys: what the sync publishes and reports is
    // what the validator says, whatever the order of files and keys.
    [Fact]
    public void The_sync_and_the_validator_agree_on_any_tree_of_translations()
    {
        var file = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 2], Gen.Bool,
            (bundle, english, key, flat) => (Bundle: bundle, English: english, Key: key, Flat: flat));
        file.Array[1, 6].Sample(files =>
        {
            using var content = new TempContent();
            var written = new HashSet<string>();
            foreach (var (bundle, english, key, flat) in files)
            {
                var path = flat ? $"articles/b{bundle}{(english ? ".en" : "")}.md" : $"articles/b{bundle}/index{(english ? ".en" : "")}.md";
                if (!written.Add(path))
                    continue;
                var keyLine = key == 0 ? "" : $"translationKey: k{key}\n";
                content.Write(path, $"---\ntitle: T\ndate: 2026-11-12\nslug: s-{written.Count}\n{keyLine}---\n\nText.\n");
            }

            var validated = ContentValidator.ValidateAsync(content.ContentPath, TempContent.ArticlePathPrefix).GetAwaiter().GetResult();
            var host = CatalogueHost.StartAsync(content).GetAwaiter().GetResult();
            try
            {
                var synced = host.Sync.SyncAsync().GetAwaiter().GetResult();
                return validated.Problems.Select(p => p.ToString()).Order().SequenceEqual(synced.Problems.Select(p => p.ToString()).Order());
            }
            finally
            {
                host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }, iter: 40);
    }
}
