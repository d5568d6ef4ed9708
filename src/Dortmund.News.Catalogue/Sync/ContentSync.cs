using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Brings the catalogue in line with content/: reads only files whose size, time stamp and hash
/// changed, keeps the last good version of a file that now has errors, and commits everything in
/// one transaction so readers see the old catalogue or the new one, never a mix.
/// </summary>
public sealed class ContentSync
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDbContextFactory<CatalogueDbContext> _contexts;
    private readonly CatalogueSettings _settings;
    private readonly TimeProvider _time;
    private readonly ImageVariantStore _variants;
    private readonly ILogger<ContentSync> _logger;
    private readonly DeferredSearchIndex _deferredSearchIndex;
    private Task _backgroundWorkAllowed = Task.CompletedTask;

    public ContentSync(IDbContextFactory<CatalogueDbContext> contexts, CatalogueSettings settings, TimeProvider time, ImageVariantStore variants,
        ILogger<ContentSync> logger)
    {
        (_contexts, _settings, _time, _variants, _logger) = (contexts, settings, time, variants, logger);
        _deferredSearchIndex = new DeferredSearchIndex(contexts, BetweenSyncsAsync, logger);
        // Cached pages (search among them) showed the partial index.
        _deferredSearchIndex.Completed += () => Changed?.Invoke(CatalogueChange.All);
        // Images resized after a sync that turn out not to decode: the articles using them are read again and fail (NEWS025).
        variants.FoundUndecodable += images => _ = RecheckAsync(images);
    }

    /// <summary>The last completed sync, or null before the first.</summary>
    public SyncReport? LastReport { get; private set; }

    /// <summary>When the last sync completed.</summary>
    public DateTimeOffset? LastSyncedAt { get; private set; }

    /// <summary>Raised after every completed sync, with its report.</summary>
    public event Action<SyncReport>? Synced;

    /// <summary>Raised after every completed sync with the pages' view of what changed (for caches).</summary>
    public event Action<CatalogueChange>? Changed;

    /// <summary>True when the site serves the catalogue an earlier run synced, until this run's first sync completes.</summary>
    public bool ServesEarlierCatalogue { get; private set; }

    /// <summary>
    /// Holds the work a sync leaves to the background (image variants, search rows) until <paramref name="allowed"/>
    /// completes: at a first start the site begins to serve first, then they follow.
    /// </summary>
    public void HoldBackgroundWorkUntil(Task allowed) => _backgroundWorkAllowed = allowed;

    /// <summary>Marks the catalogue as synced by an earlier run of the site (it is served before this run's first sync).</summary>
    public void ResumeEarlierCatalogue() => ServesEarlierCatalogue = LastReport is null;

    /// <summary>
    /// True while articles wait for their search rows (after a sync of many files, they are indexed in the
    /// background): search finds only part of them, and the search page says so.
    /// </summary>
    public bool SearchIndexIncomplete => _deferredSearchIndex.IsIncomplete;

    /// <summary>Why the last sync failed, or null when it succeeded (readiness checks report it).</summary>
    public SyncFailure? LastFailure { get; private set; }

    /// <summary>Syncs now, looking at the whole content folder; concurrent calls run one after the other.</summary>
    public Task<SyncReport> SyncAsync(CancellationToken cancellationToken = default) => SyncAsync(changedPaths: null, cancellationToken);

    /// <summary>
    /// Syncs now. With <paramref name="changedPaths"/> (full paths a watcher reported), only those files
    /// and folders are looked at again and everything else is taken as the last sync left it; with null,
    /// the whole folder is scanned.
    /// </summary>
    public async Task<SyncReport> SyncAsync(IReadOnlyCollection<string>? changedPaths, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var timings = new SyncTimings();
            var gcBefore = GcFigures.Now();
            _logger.LogInformation("Content sync started for {ContentPath}", _settings.ContentPath);
            var (report, change) = await SyncOnceAsync(changedPaths, timings, cancellationToken);
            // The first sync of a run also looks for search rows a stopped run left unwritten.
            var completeSearchIndex = _deferredSearchIndex.IsIncomplete || LastReport is null;
            LastReport = report;
            LastSyncedAt = _time.GetUtcNow();
            ServesEarlierCatalogue = false;
            LastFailure = null;
            _ = StartBackgroundWorkAsync(completeSearchIndex);
            Log(report);
            _logger.LogDebug("Content sync garbage collection: {Figures}", GcFigures.Now() - gcBefore);
            Synced?.Invoke(report);
            if (!change.IsEmpty)
                Changed?.Invoke(change);
            return report;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever failed (a missing folder, an unreadable file, a full disk), /readyz reports it.
            LastFailure = new SyncFailure(_time.GetUtcNow(), e.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One sync: plan it, then apply the plan in one transaction (docs/sync.md follows one file through).</summary>
    private async Task<(SyncReport, CatalogueChange)> SyncOnceAsync(IReadOnlyCollection<string>? changedPaths, SyncTimings timings,
        CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_settings.ContentPath))
            throw new DirectoryNotFoundException($"Content folder '{_settings.ContentPath}' does not exist or is not readable");

        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        var (plan, variantsInUse) = await timings.TimeAsync(SyncPhase.ChangesFound, () => PlanAsync(context, changedPaths, timings, cancellationToken));
        if (plan.IsEmpty)
        {
            _variants.RemoveAllBut(variantsInUse);
            return (Report(plan, WriteOutcome.Nothing, timings), CatalogueChange.None);
        }

        var change = await CatalogueChange.BeforeAsync(context, plan.TouchedPaths, cancellationToken);
        await using var transaction = await SyncTransaction.BeginAsync(context, plan, new ArticleUrls(_settings.ArticlePathPrefixes),
            _settings.ArticlesIndexedDuringSync, cancellationToken);
        var written = await transaction.ApplyAsync(timings, cancellationToken);
        await timings.TimeAsync(SyncPhase.Committed, () => CommitAsync(transaction, variantsInUse, cancellationToken));
        if (transaction.DefersSearchIndex)
            _deferredSearchIndex.MarkIncomplete();
        timings.Log(_logger);
        return (Report(plan, written, timings), await change.AfterAsync(context, written.ChangedSlugs, cancellationToken));
    }

    /// <summary>
    /// What changed in content/, and the resized variants of its images, made before the transaction
    /// (CPU work): an image whose pixels do not decode counts as unreadable, so the articles using it fail.
    /// </summary>
    private async Task<(SyncPlan Plan, IReadOnlySet<string> VariantsInUse)> PlanAsync(CatalogueDbContext context,
        IReadOnlyCollection<string>? changedPaths, SyncTimings timings, CancellationToken cancellationToken)
    {
        var recheck = _variants.TakeUndecodableToRecheck().Select(i => i.Path).ToList();
        var plan = await ChangeDetector.PlanAsync(context, _settings.ContentPath, changedPaths, recheck, timings, cancellationToken);
        var prepared = await _variants.PrepareAsync(plan.ServedImages, cancellationToken);
        plan.MarkUndecodable(prepared.Unusable);
        return (plan, prepared.Hashes);
    }

    private async Task StartBackgroundWorkAsync(bool completeSearchIndex)
    {
        await _backgroundWorkAllowed.ConfigureAwait(false);
        _variants.ResizeQueuedInBackground();
        if (completeSearchIndex)
            _deferredSearchIndex.Start();
    }

    private async Task BetweenSyncsAsync(Func<Task> step)
    {
        await _gate.WaitAsync();
        try
        {
            await step();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RecheckAsync(IReadOnlyList<SourceImage> images)
    {
        try
        {
            await SyncAsync(images.Select(i => i.FullPath).ToList());
        }
        catch (Exception e)
        {
            // Reported by /readyz as the last sync's failure; the next sync reads the articles again.
            _logger.LogError(e, "The sync after finding undecodable images failed");
        }
    }

    /// <summary>Commits; the log is copied into the database file and unused image variants go only afterwards.</summary>
    private async Task CommitAsync(SyncTransaction transaction, IReadOnlySet<string> variantsInUse, CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        _ = Task.Run(() => CheckpointAsync(CancellationToken.None), CancellationToken.None);
        _variants.RemoveAllBut(variantsInUse);
    }

    private static SyncReport Report(SyncPlan plan, WriteOutcome written, SyncTimings timings) => new(
        written.Added, written.Updated, written.Removed, plan.MarkdownFiles - plan.ToRead.Count, written.Failed, plan.ToRead.Count,
        timings.ElapsedMilliseconds,
        written.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList());

    /// <summary>Copies the write-ahead log into the database file, without blocking readers or the next sync.</summary>
    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The site stopped right after the sync; the log is copied on the next start.
        }
        catch (Exception e) when (e is SqliteException or IOException)
        {
            // The log stays; the next checkpoint copies it.
            _logger.LogWarning(e, "Checkpoint of the catalogue's write-ahead log failed");
        }
    }

    // Problems of one severity listed one by one up to this many; past it (a first start), the first few and a count per rule.
    private const int ProblemsListedInFull = 50;
    private const int ProblemsListedInSummary = 10;

    /// <summary>
    /// Logs the problems this sync found (only those of the files it read) and its result. A first start
    /// of a large site can find tens of thousands of warnings: those go into the log as a count per rule,
    /// while the <c>validate</c> command still lists every one (and /readyz counts them).
    /// </summary>
    private void Log(SyncReport report)
    {
        foreach (var (severity, level) in new[] { (Severity.Error, LogLevel.Error), (Severity.Warning, LogLevel.Warning) })
        {
            if (!_logger.IsEnabled(level))
                continue;
            var problems = report.Problems.Where(p => p.Severity == severity).ToList();
            var listed = problems.Count <= ProblemsListedInFull ? problems.Count : ProblemsListedInSummary;
            foreach (var problem in problems.Take(listed))
                _logger.Log(level, "{Problem}", problem.ToString());
            if (listed < problems.Count)
            {
                var perRule = problems.GroupBy(p => p.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} ({Rules.All.FirstOrDefault(r => r.Code == g.Key)?.Description ?? "?"}) {g.Count()}");
                _logger.Log(level, "… and {More} more {Severity}s in {Files} files, by rule: {PerRule}; the validate command lists every one",
                    problems.Count - listed, severity == Severity.Error ? "error" : "warning", problems.Select(p => p.Path).Distinct().Count(),
                    string.Join(", ", perRule));
            }
        }

        _logger.LogInformation(
            "Content sync: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed in {Milliseconds} ms",
            report.Added, report.Updated, report.Removed, report.Unchanged, report.Failed, report.Milliseconds);
    }
}
