using System.Diagnostics;
using Dortmund.News.Catalogue.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Completes the search index after a sync that left it to the background (<see cref="SyncTransaction.DefersSearchIndex"/>),
/// or that a stopped run left incomplete: the articles without a search row, a chunk at a time, each chunk
/// in its own transaction between two syncs, so an editor's change waits for one chunk at most.
/// </summary>
internal sealed class DeferredSearchIndex(IDbContextFactory<CatalogueDbContext> contexts, Func<Func<Task>, Task> betweenSyncs, ILogger logger)
{
    private const int ChunkSize = 100;
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private volatile bool _incomplete;

    /// <summary>True while articles wait for their search rows: search finds only part of them.</summary>
    public bool IsIncomplete => _incomplete;

    /// <summary>Raised when rows were written: pages that showed the partial index are out of date.</summary>
    public event Action? Completed;

    /// <summary>A sync wrote articles without search rows: search is partial until <see cref="Start"/> has run.</summary>
    public void MarkIncomplete() => _incomplete = true;

    /// <summary>Indexes every article without a search row, in the background.</summary>
    public void Start()
    {
        lock (_gate)
        {
            // After a run still going, never beside it: that one may have looked for missing rows before the last sync wrote.
            _running = _running.ContinueWith(_ => RunAsync(), TaskScheduler.Default).Unwrap();
        }
    }

    private async Task RunAsync()
    {
        try
        {
            if (await CompleteAsync(CancellationToken.None) > 0)
                Completed?.Invoke();
        }
        catch (Exception e)
        {
            // Search stays partial (the page says so) until the next sync starts the indexing again.
            logger.LogError(e, "Completing the search index in the background failed");
        }
    }

    private async Task<int> CompleteAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var indexed = 0;
        while (true)
        {
            List<int> missing = [];
            await betweenSyncs(async () => missing = await MissingAsync(cancellationToken));
            _incomplete = missing.Count > 0;
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
            .SqlQueryRaw<int>($"SELECT Id AS Value FROM Articles WHERE Id NOT IN ({SearchIndex.IndexedIdsSql}) ORDER BY Id")
            .ToListAsync(cancellationToken);
    }

    private async Task<int> IndexAsync(int[] ids, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        using var rows = CatalogueRows.Open(context, transaction);
        var profileNames = await context.Authors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);
        var texts = await StoredSearchText.LoadAsync(context, ids, profileNames, cancellationToken);
        foreach (var (id, text) in texts)
            rows.InsertSearchRow(id, text);
        await transaction.CommitAsync(cancellationToken);
        return texts.Count;
    }
}
