using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Queries;

public sealed class VisibilityTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hidden_is_exactly_what_the_visibility_filter_leaves_out(bool showDrafts)
    {
        _content.WriteArticle("sichtbar", "Sichtbar", "2026-01-01");
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-01", extraFrontMatter: "draft: true\n");
        _content.WriteArticle("zukunft", "Zukunft", "2999-01-01");
        _content.WriteArticle("abgelaufen", "Abgelaufen", "2020-01-01", extraFrontMatter: "expires: 2021-01-01\n");
        _content.WriteArticle("laeuft-ab", "Läuft ab", "2020-01-01", extraFrontMatter: "expires: 2999-01-01\n");
        _content.WriteArticle("entwurf-zukunft", "Entwurf für später", "2999-01-01", extraFrontMatter: "draft: true\n");
        await using var host = await CatalogueHost.StartAsync(_content, showDrafts);
        await host.Sync.SyncAsync();
        var visibility = await host.QueryAsync<Visibility, Visibility>(Task.FromResult);

        var visible = await host.DbAsync(db => visibility.Apply(db.Articles).Select(a => a.Slug).ToListAsync());
        var hiddenIds = await host.DbAsync(db => visibility.HiddenIds(db.Articles).ToListAsync());
        var hidden = await host.DbAsync(db => db.Articles.Where(a => hiddenIds.Contains(a.Id)).Select(a => a.Slug).ToListAsync());

        Assert.Equal(showDrafts ? ["entwurf", "laeuft-ab", "sichtbar"] : ["laeuft-ab", "sichtbar"], visible.Order());
        Assert.Equal(showDrafts ? ["abgelaufen", "entwurf-zukunft", "zukunft"] : ["abgelaufen", "entwurf", "entwurf-zukunft", "zukunft"], hidden.Order());
    }
}
