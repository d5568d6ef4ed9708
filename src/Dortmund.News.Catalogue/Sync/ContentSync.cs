using System.Collections.Concurrent;
using System.Diagnostics;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Problems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Brings the catalogue in line with content/: reads only files whose size, time stamp and hash
/// changed, keeps the last good version of a file that now has errors, and commits everything in
/// one transaction so readers see the old catalogue or the new one, never a mix.
/// </summary>
public sealed class ContentSync(
    IDbContextFactory<CatalogueDbContext> contexts,
    CatalogueSettings settings,
    TimeProvider time,
    ImageVariantStore variants,
    ILogger<ContentSync> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

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

    /// <summary>Marks the catalogue as synced by an earlier run of the site (it is served before this run's first sync).</summary>
    public void ResumeEarlierCatalogue() => ServesEarlierCatalogue = LastReport is null;

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
            var stopwatch = Stopwatch.StartNew();
            var gcBefore = GcFigures.Now();
            logger.LogInformation("Content sync started for {ContentPath}", settings.ContentPath);
            var (report, change) = await SyncOnceAsync(changedPaths, stopwatch, cancellationToken);
            LastReport = report;
            LastSyncedAt = time.GetUtcNow();
            ServesEarlierCatalogue = false;
            LastFailure = null;
            Log(report);
            logger.LogDebug("Content sync garbage collection: {Figures}", GcFigures.Now() - gcBefore);
            Synced?.Invoke(report);
            if (!change.IsEmpty)
                Changed?.Invoke(change);
            return report;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever failed (a missing folder, an unreadable file, a full disk), /readyz reports it.
            LastFailure = new SyncFailure(time.GetUtcNow(), e.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(SyncReport, CatalogueChange)> SyncOnceAsync(IReadOnlyCollection<string>? changedPaths, Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.ContentPath))
            throw new DirectoryNotFoundException($"Content folder '{settings.ContentPath}' does not exist or is not readable");

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        // A full scan needs nothing from the catalogue: it walks content/ on other cores while the file records are read.
        var fullScan = changedPaths is null ? Task.Run(() => ContentScanner.Scan(settings.ContentPath), cancellationToken) : null;
        Dictionary<string, SourceFileEntry> stored;
        try
        {
            stored = await context.SourceFiles.AsNoTracking().ToDictionaryAsync(f => f.Path, StringComparer.Ordinal, cancellationToken);
        }
        catch when (fullScan is not null)
        {
            // The sync fails with the catalogue's error; the scan is not left walking content/ behind it.
            await fullScan.ContinueWith(static _ => { }, TaskScheduler.Default);
            throw;
        }

        var storedAt = stopwatch.ElapsedMilliseconds;
        var scanned = fullScan is not null
            ? await fullScan
            : ContentScanner.Rescan(settings.ContentPath, stored.Values.Select(f => (f.Path, f.Length, f.LastWriteTicks)), changedPaths!);
        var scannedAt = stopwatch.ElapsedMilliseconds;

        var changedFiles = new ConcurrentDictionary<string, SourceFileEntry>(StringComparer.Ordinal);
        var images = await CheckImagesAsync(scanned, stored, changedFiles, cancellationToken);
        var prepared = await variants.PrepareAsync(ServedImages(scanned, stored, changedFiles, images), cancellationToken);
        images.MarkUnreadable(prepared.Unusable);
        var removed = stored.Keys.Where(path => !scanned.ContainsKey(path)).ToHashSet(StringComparer.Ordinal);
        var touchedImages = changedFiles.Where(f => stored.GetValueOrDefault(f.Key)?.Hash != f.Value.Hash).Select(f => f.Key)
            .Concat(removed.Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))).ToList();
        var dependsOnChangedImage = await DependentsOfAsync(context, touchedImages, cancellationToken);
        var toRead = await ChangedMarkdownAsync(scanned, stored, changedFiles, dependsOnChangedImage, cancellationToken);
        if (toRead.Count > 0 || removed.Count > 0)
            await AddCrossFileFailuresAsync(context, scanned, toRead, cancellationToken);

        var markdownCount = scanned.Values.Count(f => f.Kind != FileKind.Image);
        if (toRead.Count == 0 && removed.Count == 0 && changedFiles.IsEmpty)
        {
            variants.RemoveAllBut(prepared.Hashes);
            return (new SyncReport(0, 0, 0, markdownCount, 0, 0, stopwatch.ElapsedMilliseconds, []), CatalogueChange.None);
        }

        var detected = stopwatch.ElapsedMilliseconds;
        var change = await CatalogueChange.BeforeAsync(context, [.. toRead.Keys, .. removed], cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        // The catalogue is derived data in WAL mode: NORMAL keeps it consistent on a crash and skips an fsync per commit.
        // The commit does not copy the log into the database file itself (for a first sync, all of it): that
        // checkpoint runs after the sync, while the site already serves the new catalogue from the log.
        await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0", cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        using var rows = CatalogueRows.Open((SqliteConnection)context.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction());
        foreach (var file in changedFiles.Values)
            rows.WriteSourceFile(file);
        foreach (var path in removed)
        {
            rows.DeleteSourceFile(path);
            rows.ReplaceProblems(path, []);
        }

        var problems = new List<ContentProblem>();
        var targets = ReferenceTargets.Of(images, scanned.Values);
        var authors = await WriteAuthorsAsync(context, rows, toRead.Values.Where(f => f.Kind == FileKind.Author), removed, targets, cancellationToken);
        problems.AddRange(authors.SelectMany(a => a.Problems));
        var profileNames = await context.Authors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);

        var articleFiles = toRead.Values.Where(f => f.Kind == FileKind.Article).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var writer = await CatalogueWriter.OpenAsync(context, rows, articleFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            removed, images, cancellationToken);
        var writerOpenedAt = stopwatch.ElapsedMilliseconds;
        var writing = TimeSpan.Zero;
        await foreach (var file in InPathOrder.ParseAsync(articleFiles,
                           (file, token) => ReadArticleAsync(file, targets, profileNames, token), ParseWindow, cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            rows.WriteSourceFile(Entry(scanned[file.Path], file.Hash));
            writer.Accept(file);
            writing += Stopwatch.GetElapsedTime(started);
        }

        var streamed = stopwatch.ElapsedMilliseconds;
        var outcome = writer.Finish();
        problems.AddRange(outcome.Problems);
        var changedAuthors = ChangedAuthorSlugs(authors, removed);
        await new AuthorSearchReindex(context, rows).RunAsync(changedAuthors, outcome.WrittenIds, profileNames, cancellationToken);
        await RemoveUnusedTaxonomiesAsync(context, cancellationToken);
        var finished = stopwatch.ElapsedMilliseconds;
        await transaction.CommitAsync(cancellationToken);
        _ = Task.Run(() => CheckpointAsync(CancellationToken.None), CancellationToken.None);
        variants.RemoveAllBut(prepared.Hashes);
        logger.LogDebug("Content sync phases: file records read after {Stored} ms, scanned after {Scanned} ms, changes found after {Detected} ms, " +
                        "writer ready after {WriterOpened} ms, articles parsed and written after {Streamed} ms (writer busy {Writing} ms), " +
                        "finished after {Finished} ms, committed after {Committed} ms",
            storedAt, scannedAt, detected, writerOpenedAt, streamed, (long)writing.TotalMilliseconds, finished, stopwatch.ElapsedMilliseconds);

        var report = new SyncReport(
            outcome.Added, outcome.Updated, outcome.Removed,
            markdownCount - toRead.Count, outcome.Failed + authors.Count(a => a.Failed), toRead.Count,
            stopwatch.ElapsedMilliseconds,
            problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList());
        return (report, await change.AfterAsync(context, outcome.ChangedSlugs, cancellationToken));
    }

    /// <summary>Copies the write-ahead log into the database file, without blocking readers or the next sync.</summary>
    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The site stopped right after the sync; the log is copied on the next start.
        }
        catch (Exception e) when (e is SqliteException or IOException)
        {
            // The log stays; the next checkpoint copies it.
            logger.LogWarning(e, "Checkpoint of the catalogue's write-ahead log failed");
        }
    }

    // Parsed articles waiting for the writer: enough to keep every core busy, few enough to keep memory flat.
    private static int ParseWindow => 4 * Environment.ProcessorCount;

    /// <summary>Reads and parses one article file, and prepares its search row, on a pool thread.</summary>
    private static Task<ParsedFile> ReadArticleAsync(ScannedFile file, ReferenceTargets targets, IReadOnlyDictionary<string, string> profileNames,
        CancellationToken cancellationToken)
    {
        return ParsedFile.ReadAsync(file, targets, parsed =>
        {
            if (parsed.Article is { } article)
                parsed.Search = SearchText.Of(article, profileNames);
        }, cancellationToken);
    }

    /// <summary>Parses and writes the author profiles read in this sync (few; before the articles, whose search rows show their names).</summary>
    private static async Task<List<ParsedFile>> WriteAuthorsAsync(CatalogueDbContext context, CatalogueRows rows, IEnumerable<ScannedFile> files,
        IReadOnlySet<string> removed, ReferenceTargets targets, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedFile>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var author = await ParsedFile.ReadAsync(file, targets, prepare: null, cancellationToken);
            rows.WriteSourceFile(Entry(file, author.Hash));
            rows.ReplaceProblems(author.Path, author.Problems);
            parsed.Add(author);
        }

        var removedPaths = removed.Where(p => ContentScanner.KindOf(p) == FileKind.Author).ToList();
        if (parsed.Count == 0 && removedPaths.Count == 0)
            return parsed;
        await context.Authors.Where(a => removedPaths.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);
        var written = parsed.Where(p => p.Author is not null).Select(p => p.Author!).DistinctBy(a => a.Slug).ToList();
        var paths = written.Select(a => a.SourcePath).ToList();
        var slugs = written.Select(a => a.Slug).ToList();
        await context.Authors.Where(a => paths.Contains(a.SourcePath) || slugs.Contains(a.Slug)).ExecuteDeleteAsync(cancellationToken);
        context.Authors.AddRange(written.Select(a => new AuthorEntry
        {
            Slug = a.Slug,
            Name = a.Name,
            Role = a.Role,
            ImagePath = a.Image?.Path,
            BioHtml = a.BioHtml,
            SourcePath = a.SourcePath,
        }));
        await context.SaveChangesAsync(cancellationToken);
        return parsed;
    }

    // Author profiles written or deleted in this sync, by slug (the file name, as articles name them).
    private static List<string> ChangedAuthorSlugs(List<ParsedFile> authors, IReadOnlySet<string> removedPaths) =>
        authors.Where(p => p.Author is not null).Select(p => p.Author!.Slug)
            .Concat(removedPaths.Where(p => ContentScanner.KindOf(p) == FileKind.Author).Select(AuthorReader.SlugOf))
            .ToList();

    private static async Task RemoveUnusedTaxonomiesAsync(CatalogueDbContext context, CancellationToken cancellationToken)
    {
        await context.Tags.Where(t => !context.ArticleTags.Any(at => at.TagId == t.Id)).ExecuteDeleteAsync(cancellationToken);
        await context.Categories.Where(c => !context.Articles.Any(a => a.CategoryId == c.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Hashes new or touched images and reads their size; returns every image's size (null: unreadable).</summary>
    private static async Task<ImageSizes> CheckImagesAsync(
        Dictionary<string, ScannedFile> scanned, Dictionary<string, SourceFileEntry> stored,
        ConcurrentDictionary<string, SourceFileEntry> changed, CancellationToken cancellationToken)
    {
        var sizes = new ConcurrentDictionary<string, ImageSize?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(scanned.Values.Where(f => f.Kind == FileKind.Image), cancellationToken, async (file, token) =>
        {
            stored.TryGetValue(file.Path, out var before);
            if (IsUntouched(file, before))
            {
                sizes[file.Path] = before!.Width is { } w ? new ImageSize(w, before.Height!.Value) : null;
                return;
            }

            if (await BytesOrNullAsync(file, token) is not { } bytes)
            {
                // Unreadable now (permissions, gone since the scan): not stored, so the next sync tries again.
                sizes[file.Path] = null;
                return;
            }

            var hash = ContentHash.Of(bytes);
            var size = before?.Hash == hash && before.Width is { } known ? new ImageSize(known, before.Height!.Value) : ImageSize.From(ImageProbe.SizeOf(bytes));
            sizes[file.Path] = size;
            // Stored even when only the time stamp moved, so the next start skips reading it.
            var entry = Entry(file, hash);
            (entry.Width, entry.Height) = (size?.Width, size?.Height);
            changed[file.Path] = entry;
        });
        return new ImageSizes(sizes);
    }

    private static async Task<byte[]?> BytesOrNullAsync(ScannedFile file, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Every readable image with its current hash, for the resized variants pages serve.</summary>
    private static IEnumerable<SourceImage> ServedImages(Dictionary<string, ScannedFile> scanned, Dictionary<string, SourceFileEntry> stored,
        ConcurrentDictionary<string, SourceFileEntry> changed, ImageSizes images) =>
        scanned.Values.Where(f => f.Kind == FileKind.Image && images.SizeOf(f.Path) is not null)
            .Select(f => new SourceImage(f.Path, f.FullPath, (changed.GetValueOrDefault(f.Path) ?? stored[f.Path]).Hash, images.SizeOf(f.Path)!.Value.Width));

    /// <summary>Markdown files that must be re-read because an image they use, or one beside them, changed.</summary>
    private static async Task<Func<ScannedFile, bool>> DependentsOfAsync(CatalogueDbContext context, List<string> touchedImages, CancellationToken cancellationToken)
    {
        if (touchedImages.Count == 0)
            return _ => false;
        var folders = touchedImages.Select(p => p[..Math.Max(0, p.LastIndexOf('/'))]).ToHashSet(StringComparer.Ordinal);
        var users = await context.GalleryImages.AsNoTracking().Where(g => touchedImages.Contains(g.Path))
            .Join(context.Articles, g => g.ArticleId, a => a.Id, (g, a) => a.SourcePath)
            .Union(context.Articles.Where(a => a.LeadImagePath != null && touchedImages.Contains(a.LeadImagePath)).Select(a => a.SourcePath))
            .ToListAsync(cancellationToken);
        var userSet = users.ToHashSet(StringComparer.Ordinal);
        return file => userSet.Contains(file.Path) || folders.Contains(file.Folder);
    }

    /// <summary>
    /// The Markdown files to parse: new ones, and those whose bytes changed (a touched file with the same
    /// hash only gets its new time stamp stored) or that use an image that changed.
    /// </summary>
    private static async Task<Dictionary<string, ScannedFile>> ChangedMarkdownAsync(
        Dictionary<string, ScannedFile> scanned, Dictionary<string, SourceFileEntry> stored,
        ConcurrentDictionary<string, SourceFileEntry> changed, Func<ScannedFile, bool> dependsOnChangedImage, CancellationToken cancellationToken)
    {
        var toRead = new ConcurrentDictionary<string, ScannedFile>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(scanned.Values.Where(f => f.Kind != FileKind.Image), cancellationToken, async (file, token) =>
        {
            stored.TryGetValue(file.Path, out var before);
            var mustRead = dependsOnChangedImage(file);
            if (!mustRead && IsUntouched(file, before))
                return;
            if (mustRead || before is null)
            {
                toRead[file.Path] = file;
                return;
            }

            // A file that cannot be read now is parsed, which reports it (NEWS008).
            var hash = await BytesOrNullAsync(file, token) is { } bytes ? ContentHash.Of(bytes) : "";
            if (before.Hash != hash || hash.Length == 0)
                toRead[file.Path] = file;
            else
                changed[file.Path] = Entry(file, hash);
        });
        return new Dictionary<string, ScannedFile>(toRead, StringComparer.Ordinal);
    }

    /// <summary>
    /// Files held back only by another file (slug taken, alias taken, link to a missing article)
    /// are read again when other files changed: adding the missing article publishes the one
    /// linking to it, without the editor touching it.
    /// </summary>
    private static async Task AddCrossFileFailuresAsync(CatalogueDbContext context, Dictionary<string, ScannedFile> scanned,
        Dictionary<string, ScannedFile> toRead, CancellationToken cancellationToken)
    {
        var codes = TreeRules.Codes;
        var paths = await context.Problems.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Path).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var path in paths)
        {
            if (scanned.TryGetValue(path, out var file))
                toRead.TryAdd(path, file);
        }
    }

    private static bool IsUntouched(ScannedFile file, SourceFileEntry? before) =>
        before is not null && before.Length == file.Length && before.LastWriteTicks == file.LastWriteTicks;

    // A file whose bytes could not be read (empty hash) is stored with no length, so the next sync tries again.
    private static SourceFileEntry Entry(ScannedFile file, string hash) =>
        new() { Path = file.Path, Length = hash.Length == 0 ? -1 : file.Length, LastWriteTicks = file.LastWriteTicks, Hash = hash };


    private void Log(SyncReport report)
    {
        foreach (var problem in report.Problems)
        {
            var level = problem.Severity == Severity.Error ? LogLevel.Error : LogLevel.Warning;
            logger.Log(level, "{Problem}", problem.ToString());
        }

        logger.LogInformation(
            "Content sync: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed in {Milliseconds} ms",
            report.Added, report.Updated, report.Removed, report.Unchanged, report.Failed, report.Milliseconds);
    }
}
