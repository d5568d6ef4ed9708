using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Queries;

public sealed class ArticleQueriesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Listing_is_newest_first_and_paged_by_ten()
    {
        for (var day = 1; day <= 23; day++)
            _content.WriteArticle($"tag-{day:00}", $"Tag {day}", $"2026-01-{day:00}");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var first = await host.QueryAsync(q => q.NewestAsync(1, CancellationToken.None));
        var third = await host.QueryAsync(q => q.NewestAsync(3, CancellationToken.None));
        var fourth = await host.QueryAsync(q => q.NewestAsync(4, CancellationToken.None));

        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(d => $"Tag {d}"), first!.Items.Select(i => i.Title));
        Assert.Equal((3, 23), (first.PageCount, first.TotalCount));
        Assert.Equal(["Tag 3", "Tag 2", "Tag 1"], third!.Items.Select(i => i.Title));
        Assert.Null(fourth);
    }

    [Fact]
    public async Task Drafts_future_and_expired_articles_are_not_public()
    {
        _content.WriteArticle("sichtbar", "Sichtbar", "2026-01-01");
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-01", extraFrontMatter: "draft: true\n");
        _content.WriteArticle("zukunft", "Zukunft", "2999-01-01");
        _content.WriteArticle("abgelaufen", "Abgelaufen", "2020-01-01", extraFrontMatter: "expires: 2021-01-01\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var listing = await host.QueryAsync(q => q.NewestAsync(1, CancellationToken.None));

        Assert.Equal(["Sichtbar"], listing!.Items.Select(i => i.Title));
        foreach (var hidden in (string[])["entwurf", "zukunft", "abgelaufen"])
            Assert.Null(await host.QueryAsync(q => q.BySlugAsync(hidden, CancellationToken.None)));
    }

    [Fact]
    public async Task Drafts_are_listed_when_drafts_are_shown()
    {
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-01", extraFrontMatter: "draft: true\n");
        await using var host = await CatalogueHost.StartAsync(_content, showDrafts: true);
        await host.Sync.SyncAsync();

        var card = Assert.Single((await host.QueryAsync(q => q.NewestAsync(1, CancellationToken.None)))!.Items);

        Assert.True(card.Draft);
    }

    [Fact]
    public async Task Author_page_lists_only_that_authors_articles_newest_first()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jäger\n---\nBio.\n");
        _content.WriteArticle("alt", "Alt", "2026-01-01", extraFrontMatter: "author: jaeger\n");
        _content.WriteArticle("neu", "Neu", "2026-02-01", extraFrontMatter: "authors: [jaeger]\n");
        _content.WriteArticle("fremd", "Fremd", "2026-03-01", extraFrontMatter: "author: Jemand Anderes\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var author = await host.QueryAsync(q => q.AuthorAsync("jaeger", 1, CancellationToken.None));

        Assert.Equal("Jäger", author!.Name);
        Assert.Equal(["Neu", "Alt"], author.Articles.Items.Select(a => a.Title));
        Assert.Null(await host.QueryAsync(q => q.AuthorAsync("unbekannt", 1, CancellationToken.None)));
    }
}
