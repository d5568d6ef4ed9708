using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Translations;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Translations;

/// <summary>A translation shows its original's photos; credits and licences are never translated away.</summary>
public sealed class TranslatedGalleryTests : IDisposable
{
    private const string Gallery = """
        image: empfang.jpg
        gallery:
          - src: empfang.jpg
            caption: Empfang im Rathaus
            credit: WF DO / Jäger
            alt: Die Delegation im Rathaus
          - src: hafen.jpg
            caption: Am Hafen
            credit: WF DO / Jäger
            alt: Die Delegation am Hafen
            license: Nur für Berichte über den Besuch

        """;

    private readonly TempContent _content = new();

    public TranslatedGalleryTests()
    {
        _content.WriteImage("articles/2026/besuch/empfang.jpg");
        _content.WriteImage("articles/2026/besuch/hafen.jpg");
        _content.WriteImage("articles/2026/besuch/neu.jpg");
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", Gallery);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Without_a_gallery_the_translation_shows_the_originals_photos_and_lead_image()
    {
        _content.WriteEnglish("besuch", "Visit", "2026-11-12");
        await using var host = await SyncedAsync();

        var visit = (await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", CancellationToken.None)))!;

        Assert.Equal(["Empfang im Rathaus", "Am Hafen"], visit.Gallery.Select(g => g.Caption));
        Assert.Equal("articles/2026/besuch/empfang.jpg", visit.LeadImage!.Path);
        Assert.Equal("Nur für Berichte über den Besuch", visit.Gallery[1].License);
    }

    [Fact]
    public async Task Entries_naming_an_original_photo_override_caption_and_alt_but_never_credit_or_licence()
    {
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", """
            gallery:
              - src: hafen.jpg
                caption: At the harbour
                credit: Someone else
                license: Free for all
              - src: empfang.jpg
                alt: The delegation at the town hall

            """);
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);
        var visit = (await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", CancellationToken.None)))!;

        Assert.Equal(
            [("At the harbour", "WF DO / Jäger", "Nur für Berichte über den Besuch", "At the harbour"),
             ("Empfang im Rathaus", "WF DO / Jäger", null, "The delegation at the town hall")],
            visit.Gallery.Select(g => (g.Caption, g.Credit, g.License, g.Alt)));
        const string expected = "articles/2026/besuch/index.en.md:5:5: warning NEWS085: gallery image 'articles/2026/besuch/hafen.jpg' credits "
            + "'Someone else', the original 'WF DO / Jäger': the original's credit is shown; remove 'credit:' here";
        Assert.Equal(expected, Assert.Single(report.Problems).ToString());
        Assert.Equal(expected, Assert.Single(validated.Problems).ToString());
    }

    [Fact]
    public async Task A_photo_the_original_does_not_show_needs_its_own_credit()
    {
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "gallery:\n  - src: neu.jpg\n    caption: New\n\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal(("NEWS021", 5), (Assert.Single(report.Problems).Code, report.Problems[0].Line));
        Assert.Null(await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", CancellationToken.None)));
    }

    private async Task<CatalogueHost> SyncedAsync()
    {
        var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        return host;
    }
}
