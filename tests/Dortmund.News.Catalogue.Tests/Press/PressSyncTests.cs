using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Press;

/// <summary>Contacts and the boilerplate through the sync: what articles show, what a later sync changes, what a cache evicts.</summary>
public sealed class PressSyncTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static Task<ArticleView?> ArticleAsync(CatalogueHost host, string slug) =>
        host.QueryAsync(q => q.BySlugAsync(slug, CancellationToken.None));

    [Fact]
    public async Task An_article_without_contacts_shows_the_default_one_and_one_naming_contacts_shows_those_in_order()
    {
        _content.WriteContact("pressestelle", "Pressestelle", isDefault: true);
        _content.WriteContact("anna", "Anna Albers");
        _content.WriteContact("ben", "Ben Brandt", phone: "+49 (0)231 50-12345");
        _content.WriteArticle("ohne", "Ohne", "2026-01-01");
        _content.WriteArticle("mit", "Mit", "2026-01-02", extraFrontMatter: "contacts: [ben, unbekannt, anna]\n");
        _content.WriteArticle("nur-unbekannt", "Nur unbekannt", "2026-01-03", extraFrontMatter: "contacts: [unbekannt]\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        await host.Sync.SyncAsync();

        Assert.Equal(["Pressestelle"], (await ArticleAsync(host, "ohne"))!.Contacts.Select(c => c.Name));
        var named = (await ArticleAsync(host, "mit"))!.Contacts;
        Assert.Equal(["Ben Brandt", "Anna Albers"], named.Select(c => c.Name));
        Assert.Equal(("+49 (0)231 50-12345", "+492315012345", "ben@example.org"), (named[0].Phone, named[0].PhoneE164, named[0].Email));
        Assert.Equal(["Pressestelle"], (await ArticleAsync(host, "nur-unbekannt"))!.Contacts.Select(c => c.Name));
    }

    [Fact]
    public async Task Without_a_default_contact_an_article_naming_none_shows_none()
    {
        _content.WriteContact("anna", "Anna Albers");
        _content.WriteArticle("ohne", "Ohne", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);

        await host.Sync.SyncAsync();

        Assert.Empty((await ArticleAsync(host, "ohne"))!.Contacts);
    }

    [Fact]
    public async Task A_broken_contact_edit_keeps_its_last_good_version_and_a_deleted_contact_goes()
    {
        _content.WriteContact("anna", "Anna Albers");
        _content.WriteArticle("mit", "Mit", "2026-01-02", extraFrontMatter: "contacts: [anna]\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.WriteContact("anna", "Anna Neu", phone: "0231 1234567");
        var report = await host.Sync.SyncAsync();

        Assert.Equal("NEWS033", Assert.Single(report.Problems).Code);
        Assert.Equal(1, report.Failed);
        Assert.Equal("Anna Albers", Assert.Single((await ArticleAsync(host, "mit"))!.Contacts).Name);

        _content.Delete("contacts/anna.md");
        await host.Sync.SyncAsync();

        Assert.Empty((await ArticleAsync(host, "mit"))!.Contacts);
        Assert.Null(await host.QueryAsync<PressQueries, ContactView?>(q => q.ContactAsync("anna", CancellationToken.None)));
    }

    [Fact]
    public async Task A_second_default_is_held_back_until_the_first_gives_it_up_though_its_own_file_is_untouched()
    {
        _content.WriteContact("a-presse", "Anna", isDefault: true);
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        _content.WriteContact("b-presse", "Ben", isDefault: true);
        Assert.Equal("NEWS034", Assert.Single((await host.Sync.SyncAsync()).Problems).Code);

        _content.WriteContact("a-presse", "Anna");
        var report = await host.Sync.SyncAsync();

        Assert.Empty(report.Problems);
        var footer = await host.QueryAsync<PressQueries, FooterView>(q => q.FooterAsync(CancellationToken.None));
        Assert.Equal("Ben", footer.Contact!.Name);
    }

    [Fact]
    public async Task The_boilerplate_is_written_kept_when_broken_and_removed_with_its_file()
    {
        _content.WriteBoilerplate("Die Wirtschaftsförderung **fördert**.", address: "[Wirtschaftsförderung Dortmund, Postfach (Platzhalter), Dortmund]");
        _content.WriteArticle("a", "A", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var boilerplate = (await ArticleAsync(host, "a"))!.Boilerplate!;
        Assert.Equal(("Über die Wirtschaftsförderung Dortmund", "<p>Die Wirtschaftsförderung <strong>fördert</strong>.</p>\n"), (boilerplate.Title, boilerplate.Html));
        Assert.Equal(["Wirtschaftsförderung Dortmund", "Postfach (Platzhalter)", "Dortmund"], boilerplate.Address);

        _content.Write("boilerplate.md", "---\ntitel: Über uns\n---\nNeu.\n");
        var report = await host.Sync.SyncAsync();

        Assert.Equal(["NEWS013", "NEWS010"], report.Problems.Select(p => p.Code));
        Assert.Contains("fördert", (await ArticleAsync(host, "a"))!.Boilerplate!.Html);

        _content.Delete("boilerplate.md");
        await host.Sync.SyncAsync();

        Assert.Null((await ArticleAsync(host, "a"))!.Boilerplate);
        Assert.Empty((await host.QueryAsync<PressQueries, FooterView>(q => q.FooterAsync(CancellationToken.None))).Address);
    }

    [Fact]
    public async Task Editing_a_contact_changes_the_article_pages_naming_it_and_the_press_room()
    {
        _content.WriteContact("pressestelle", "Pressestelle", isDefault: true);
        _content.WriteContact("anna", "Anna Albers");
        _content.WriteArticle("mit", "Mit", "2026-01-02", extraFrontMatter: "contacts: [anna]\n");
        _content.WriteArticle("ohne", "Ohne", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var changes = Record(host);

        _content.WriteContact("anna", "Anna Albers-Neu");
        await host.Sync.SyncAsync();

        var change = Assert.Single(changes);
        Assert.False(change.Everything);
        Assert.Equal(["mit"], change.ArticlePages);
        Assert.Equal(["anna"], change.Contacts);
        Assert.Empty(change.Articles);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("new default")]
    [InlineData("boilerplate")]
    public async Task The_default_contact_and_the_boilerplate_are_on_every_page_so_their_change_is_everything(string edit)
    {
        _content.WriteContact("pressestelle", "Pressestelle", isDefault: true);
        _content.WriteContact("anna", "Anna Albers");
        _content.WriteBoilerplate("Text.");
        _content.WriteArticle("ohne", "Ohne", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var changes = Record(host);

        switch (edit)
        {
            case "default": _content.WriteContact("pressestelle", "Pressestelle Neu", isDefault: true); break;
            case "new default":
                _content.WriteContact("pressestelle", "Pressestelle");
                _content.WriteContact("anna", "Anna Albers", isDefault: true);
                break;
            default: _content.WriteBoilerplate("Neuer Text."); break;
        }

        await host.Sync.SyncAsync();

        Assert.True(Assert.Single(changes).Everything);
    }

    private static List<CatalogueChange> Record(CatalogueHost host)
    {
        var changes = new List<CatalogueChange>();
        host.Sync.Changed += change => { lock (changes) changes.Add(change); };
        return changes;
    }
}
