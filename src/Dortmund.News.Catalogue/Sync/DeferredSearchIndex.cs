using System.Diagnostics;
using Dortmund.News.Catalogue.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Completes the search index after a sync that left it to the background (<see cref="SyncTransaction.DefersSearchIndex"/>),
/// or that a stopped run left incomplete: the articles without a search row, a chunk at a time, each chunk
/// in its own transaction between two syncs, so an editor's change waits for one chunk at most.
/// </summary>
internal sealed class DeferredSearchIndex(IDbContextFactory<CatalogueDbContext> contexts, ILogger logger)
{
    private const int ChunkSize = 500;

    /// <summary>Indexes every article without a search row; <paramref name="betweenSyncs"/> runs a step while no sync does.</summary>
    /// <returns>How many articles were indexed.</returns>
    public async Task<int> CompleteAsync(Func<Func<Task>, Task> betweenSyncs, Action<bool> incomplete, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var indexed = 0;
        while (true)
        {
            List<int> missing = [];
            await betweenSyncs(async () => missing = await MissingAsync(cancellationToken));
            incomplete(missing.Count > 0);
            if (missing.Count == 0)
                break;
            // Articles a sync replaced or removed meanwhile are skipped: their new rows were indexed by that sync.
            foreach (var chunk in missing.Chunk(ChunkSize))
                await betweenSyncs(async () => indexed += await IndexAsync(chunk, cancellationToken));
        }

        if (indexed > 0)
            logger.LogInformation("Search index: {Count} articles indexed in the background in {Milliseconds} ms", indexed, stopwatch.ElapsedMilliseconds);
        return indexed;
    }

    private async Task<List<int>> MissingAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Database
            .SqlQueryRaw<int>($"SELECT Id AS Value FROM Articles WHERE Id NOT IN (SELECT rowid FROM {SearchIndex.TableName}) ORDER BY Id")
            .ToListAsync(cancellationToken);
    }

    private async Task<int> IndexAsync(int[] ids, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        using var rows = CatalogueRows.Open((SqliteConnection)context.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction());
        var profileNames = await context.Authors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);
        var texts = await StoredSearchText.LoadAsync(context, ids, profileNames, cancellationToken);
        foreach (var (id, text) in texts)
            rows.InsertSearchRow(id, text);
        await transaction.CommitAsync(cancellationToken);
        return texts.Count;
    }
}
