using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Queries;

/// <summary>The galleries whose photos may be downloaded: public articles' only, with each photo's own licence.</summary>
public sealed class PressPhotoQueriesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteBundle(string slug, string date, string extra = "", string? license = null)
    {
        _content.WriteImage($"articles/2026/{slug}/foto.jpg");
        _content.Write($"articles/2026/{slug}/index.md", $"""
            ---
            title: "{slug}"
            date: {date}
            {extra}gallery:
              - src: foto.jpg
                caption: Empfang
                credit: WF DO / Jäger
                alt: Empfang im Rathaus
            {(license is null ? "" : $"    license: {license}")}
            ---

            Text.
            """);
    }

    [Fact]
    public async Task A_photos_own_license_is_stored_and_read_back_and_the_others_have_none()
    {
        WriteBundle("mit-lizenz", "2026-01-02", license: "Nur für Berichte über den Besuch");
        WriteBundle("ohne-lizenz", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var own = await host.QueryAsync<PressPhotoQueries, PressPhotoArticle?>(q => q.PublicAsync("mit-lizenz", CancellationToken.None));
        var page = await host.QueryAsync(q => q.BySlugAsync("mit-lizenz", CancellationToken.None));
        var none = await host.QueryAsync<PressPhotoQueries, PressPhotoArticle?>(q => q.PublicAsync("ohne-lizenz", CancellationToken.None));

        var photo = Assert.Single(own!.Gallery);
        Assert.Equal("Nur für Berichte über den Besuch", photo.License);
        Assert.Equal(("articles/2026/mit-lizenz/foto.jpg", "Empfang", "WF DO / Jäger"), (photo.Path, photo.Caption, photo.Credit));
        Assert.NotNull(photo.Hash);
        Assert.Equal("Nur für Berichte über den Besuch", Assert.Single(page!.Gallery).License);
        Assert.Null(Assert.Single(none!.Gallery).License);
    }

    [Fact]
    public async Task Drafts_even_in_the_editors_preview_and_scheduled_and_expired_articles_have_no_downloads()
    {
        WriteBundle("oeffentlich", "2026-01-01");
        WriteBundle("entwurf", "2026-01-01", "draft: true\n");
        WriteBundle("zukunft", "2999-01-01");
        WriteBundle("abgelaufen", "2020-01-01", "expires: 2021-01-01\n");
        await using var host = await CatalogueHost.StartAsync(_content, showDrafts: true);
        await host.Sync.SyncAsync();

        Assert.NotNull(await host.QueryAsync<PressPhotoQueries, PressPhotoArticle?>(q => q.PublicAsync("oeffentlich", CancellationToken.None)));
        // The preview shows the draft's page, but its photos do not leave the site.
        Assert.NotNull(await host.QueryAsync(q => q.BySlugAsync("entwurf", CancellationToken.None)));
        foreach (var hidden in (string[])["entwurf", "zukunft", "abgelaufen", "gibt-es-nicht"])
            Assert.Null(await host.QueryAsync<PressPhotoQueries, PressPhotoArticle?>(q => q.PublicAsync(hidden, CancellationToken.None)));
    }

    [Fact]
    public async Task Downloads_worth_making_are_the_public_and_scheduled_articles_newest_first()
    {
        WriteBundle("aelter", "2026-01-01");
        WriteBundle("neuer", "2026-02-01");
        WriteBundle("zukunft", "2999-01-01");
        WriteBundle("entwurf", "2026-03-01", "draft: true\n");
        WriteBundle("abgelaufen", "2020-01-01", "expires: 2021-01-01\n");
        _content.WriteArticle("ohne-galerie", "Ohne Galerie", "2026-04-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var all = await host.QueryAsync<PressPhotoQueries, IReadOnlyList<PressPhotoArticle>>(q => q.PublicOrScheduledAsync(CancellationToken.None));

        Assert.Equal(["zukunft", "neuer", "aelter"], all.Select(a => a.Slug));
        Assert.All(all, a => Assert.Single(a.Gallery));
    }
}
