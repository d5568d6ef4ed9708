using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Sync;

/// <summary>Content folders larger than a database statement's limits: an agency's photo archive.</summary>
public sealed class LargeContentTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_sync_of_more_new_files_than_one_SQLite_statement_takes_parameters_publishes_the_articles()
    {
        // SQLite takes at most 32,766 parameters in one statement. 10,000 articles with photos of their own have ~40,000;
        // a first start listed them all in one query and failed ("too many SQL variables"), so the site never became ready.
        _content.WriteArticle("archiv", "Das Fotoarchiv", "2026-03-01");
        for (var i = 0; i < 33_000; i++)
            _content.Write($"articles/_archiv/{i / 1000}/foto-{i}.jpg", [0xFF, 0xD8, (byte)i, (byte)(i >> 8)]);
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 0), (report.Added, report.Failed));
        Assert.NotNull(await host.QueryAsync(q => q.BySlugAsync("archiv", CancellationToken.None)));
    }
}
