using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Search;

/// <summary>A sync of more articles than it indexes itself (a first start): search rows follow in the background.</summary>
public sealed class DeferredSearchIndexTests : IDisposable
{
    private static readonly string[] Queries = ["Förderung", "strasse", "Delegat", "Jäger", "Hafen", "Empfang", "Kohle", "Dortmund Delegation"];
    // As long as these tests waited before they shared Poll.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Indexed_after_the_sync_search_finds_exactly_what_it_finds_when_the_sync_indexes()
    {
        WriteArticles();
        await using var inline = await CatalogueHost.StartAsync(_content);
        await inline.Sync.SyncAsync();
        var expected = await ResultsAsync(inline);
        await inline.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_content.DatabasePath)!, "catalogue.db*"))
            File.Delete(file);

        await using var deferred = await CatalogueHost.StartAsync(_content, adjust: s => s with { ArticlesIndexedDuringSync = 0 });
        var changes = new List<bool>();
        deferred.Sync.Changed += change => { lock (changes) changes.Add(change.Everything); };
        await deferred.Sync.SyncAsync();
        await Poll.UntilAsync(() => !deferred.Sync.SearchIndexIncomplete && RowCount(deferred) == ArticleCount(deferred),
            "a search row for every article", Within);

        Assert.Equal(expected, await ResultsAsync(deferred));
        // Cached search pages showed a partial index: they go once it is complete.
        await Poll.UntilAsync(() => { lock (changes) return changes.Contains(true); }, "a change that evicts every cached page", Within);
    }

    [Fact]
    public async Task Search_rows_a_stopped_run_left_unwritten_are_written_after_the_next_start()
    {
        WriteArticles();
        await using (var first = await CatalogueHost.StartAsync(_content))
            await first.Sync.SyncAsync();

        // Rows taken out while no site runs (a run stopped before its background wrote them): nothing can write them back meanwhile.
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={_content.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM {SearchIndex.TableName} WHERE rowid IN (SELECT Id FROM Articles WHERE Language = 'de' LIMIT 3)";
            Assert.Equal(3, await delete.ExecuteNonQueryAsync());
        }

        SqliteConnection.ClearAllPools();

        await using var second = await CatalogueHost.StartAsync(_content);
        await second.Sync.SyncAsync();

        await Poll.UntilAsync(() => RowCount(second) == ArticleCount(second), "the missing search rows written", Within);
    }

    private void WriteArticles()
    {
        _content.WriteArticle("hafen", "Hafen und Kohle", "2026-01-03", "Der Dortmunder Hafen an der Speicherstraße.", "tags: [Logistik]\n");
        _content.WriteArticle("empfang", "Empfang im Rathaus", "2026-01-04", "Eine Delegation wurde empfangen.", "authors: [jaeger]\n");
    }

    private static async Task<List<string>> ResultsAsync(CatalogueHost host)
    {
        var all = new List<string>();
        foreach (var query in Queries)
        {
            var results = (await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync(query, 1, CancellationToken.None)))!;
            all.Add(query + ": " + string.Join(", ", results.Hits.Items.Select(h => h.Slug + " " + string.Concat(h.Snippet.Select(p => p.Marked ? $"[{p.Text}]" : p.Text)))));
        }

        return all;
    }

    private static int RowCount(CatalogueHost host) =>
        host.DbAsync(db => db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS Value FROM ({SearchIndex.IndexedIdsSql})").SingleAsync()).GetAwaiter().GetResult();

    private static int ArticleCount(CatalogueHost host) => host.DbAsync(db => db.Articles.CountAsync()).GetAwaiter().GetResult();
}
