using System.Collections.Concurrent;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Validation;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Compares content/ with the file records of the last sync and plans this one: a file whose size
/// and time stamp match its record is not read; a touched one is hashed, and read only when its
/// bytes changed. Images are hashed and measured here, before the transaction, and attachments hashed.
/// </summary>
internal sealed class ChangeDetector
{
    private readonly Dictionary<string, ScannedFile> _scanned;
    private readonly Dictionary<string, SourceFileEntry> _stored;
    private readonly ConcurrentDictionary<string, SourceFileEntry> _recordsToUpdate = new(StringComparer.Ordinal);

    private readonly HashSet<string> _imagesToRecheck;

    private ChangeDetector(Dictionary<string, ScannedFile> scanned, Dictionary<string, SourceFileEntry> stored, HashSet<string> imagesToRecheck)
    {
        _scanned = scanned;
        _stored = stored;
        _imagesToRecheck = imagesToRecheck;
    }

    /// <summary>
    /// Plans a sync of <paramref name="contentRoot"/>: of the whole folder, or with
    /// <paramref name="changedPaths"/> (full paths a watcher reported) of those files and folders only.
    /// The articles using <paramref name="imagesToRecheck"/> (found undecodable after an earlier sync) are read again.
    /// </summary>
    public static async Task<SyncPlan> PlanAsync(CatalogueDbContext context, string contentRoot, IReadOnlyCollection<string>? changedPaths,
        IReadOnlyCollection<string> imagesToRecheck, SyncTimings timings, CancellationToken cancellationToken)
    {
        var (stored, scanned) = await ReadRecordsAndScanAsync(context, contentRoot, changedPaths, timings, cancellationToken);
        var detector = new ChangeDetector(scanned, stored, imagesToRecheck.ToHashSet(StringComparer.Ordinal));
        var images = detector.CheckImages(cancellationToken);
        var servedImages = detector.ServedImages(images);
        detector.CheckAttachments(cancellationToken);
        var removed = stored.Keys.Where(path => !scanned.ContainsKey(path)).ToHashSet(StringComparer.Ordinal);
        var imageUsers = await ImageUsersAsync(context, [.. detector.TouchedImages(removed), .. imagesToRecheck], cancellationToken);
        var toRead = await detector.ChangedMarkdownAsync(imageUsers, cancellationToken);
        if (toRead.Count > 0 || removed.Count > 0)
            await AddHeldBackAsync(context, scanned, toRead, cancellationToken);
        AddOtherContacts(scanned, toRead, removed);
        return new SyncPlan(scanned, images, servedImages, toRead, removed, detector._recordsToUpdate.Values.ToList());
    }

    private static async Task<(Dictionary<string, SourceFileEntry>, Dictionary<string, ScannedFile>)> ReadRecordsAndScanAsync(
        CatalogueDbContext context, string contentRoot, IReadOnlyCollection<string>? changedPaths, SyncTimings timings,
        CancellationToken cancellationToken)
    {
        // A full scan needs nothing from the catalogue: it walks content/ on other cores while the file records are read.
        var fullScan = changedPaths is null ? Task.Run(() => ContentScanner.Scan(contentRoot), cancellationToken) : null;
        Dictionary<string, SourceFileEntry> stored;
        try
        {
            stored = await timings.TimeAsync(SyncPhase.FileRecordsRead, () =>
                context.SourceFiles.AsNoTracking().ToDictionaryAsync(f => f.Path, StringComparer.Ordinal, cancellationToken));
        }
        catch when (fullScan is not null)
        {
            // The sync fails with the catalogue's error; the scan is not left walking content/ behind it.
            await fullScan.ContinueWith(static _ => { }, TaskScheduler.Default);
            throw;
        }

        using (timings.Phase(SyncPhase.Scanned))
        {
            var scanned = fullScan is not null
                ? await fullScan
                : ContentScanner.Rescan(contentRoot, stored.Values.Select(f => (f.Path, f.Length, f.LastWriteTicks)), changedPaths!);
            return (stored, scanned);
        }
    }

    /// <summary>Hashes new or touched images and reads their size; returns every image's size (none: unreadable).</summary>
    private ImageSizes CheckImages(CancellationToken cancellationToken)
    {
        var sizes = new ConcurrentDictionary<string, ImageSize?>(StringComparer.Ordinal);
        Parallel.ForEach(_scanned.Values.Where(f => f.Kind == FileKind.Image), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            _stored.TryGetValue(file.Path, out var before);
            // An image to check again gets a new record, so the sync can store that its pixels do not decode.
            if (IsUntouched(file, before) && !_imagesToRecheck.Contains(file.Path))
            {
                sizes[file.Path] = before!.Width is { } w ? new ImageSize(w, before.Height!.Value) : null;
                return;
            }

            string hash;
            ImageSize? size;
            try
            {
                hash = FileHash.OfFile(file.FullPath);
                size = before?.Hash == hash && before.Width is { } known
                    ? new ImageSize(known, before.Height!.Value)
                    : ImageSize.From(ImageProbe.SizeOfFile(file.FullPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable now (permissions, gone since the scan): not stored, so the next sync tries again.
                sizes[file.Path] = null;
                return;
            }

            sizes[file.Path] = size;
            // Stored even when only the time stamp moved, so the next start skips reading it.
            var record = FileRecord.Of(file, hash);
            (record.Width, record.Height) = (size?.Width, size?.Height);
            _recordsToUpdate[file.Path] = record;
        });
        return new ImageSizes(sizes);
    }

    /// <summary>
    /// Hashes new or touched attachments, so an article is read again (and shows the new size) when a file it
    /// offers changed; their records also let a live sync, which looks only at what the watcher reported, know them.
    /// </summary>
    private void CheckAttachments(CancellationToken cancellationToken) =>
        Parallel.ForEach(_scanned.Values.Where(f => f.Kind == FileKind.Attachment && !IsUntouched(f, _stored.GetValueOrDefault(f.Path))),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                try
                {
                    _recordsToUpdate[file.Path] = FileRecord.Of(file, FileHash.OfFile(file.FullPath));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Unreadable now: not stored, so the next sync tries again.
                }
            });

    /// <summary>Every readable image with its current hash, for the resized variants pages serve.</summary>
    private List<SourceImage> ServedImages(ImageSizes images) =>
        _scanned.Values.Where(f => f.Kind == FileKind.Image && images.SizeOf(f.Path) is not null)
            .Select(f => new SourceImage(f.Path, f.FullPath, (_recordsToUpdate.GetValueOrDefault(f.Path) ?? _stored[f.Path]).Hash,
                images.SizeOf(f.Path)!.Value.Width))
            .ToList();

    /// <summary>Images and attachments whose bytes changed (or that are new), and every removed file that is not Markdown.</summary>
    private List<string> TouchedImages(IReadOnlySet<string> removed) =>
        _recordsToUpdate.Where(f => _stored.GetValueOrDefault(f.Key)?.Hash != f.Value.Hash).Select(f => f.Key)
            .Concat(removed.Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>Whether a Markdown file must be read again because an image or attachment it uses, or one beside it, changed.</summary>
    private static async Task<Func<ScannedFile, bool>> ImageUsersAsync(CatalogueDbContext context, List<string> touchedImages,
        CancellationToken cancellationToken)
    {
        if (touchedImages.Count == 0)
            return _ => false;
        var folders = touchedImages.Select(p => p[..Math.Max(0, p.LastIndexOf('/'))]).ToHashSet(StringComparer.Ordinal);
        var users = await context.GalleryImages.AsNoTracking().Where(g => touchedImages.Contains(g.Path))
            .Join(context.Articles, g => g.ArticleId, a => a.Id, (g, a) => a.SourcePath)
            .Union(context.Articles.Where(a => a.LeadImagePath != null && touchedImages.Contains(a.LeadImagePath)).Select(a => a.SourcePath))
            .Union(context.ArticleAttachments.Where(x => touchedImages.Contains(x.Path))
                .Join(context.Articles, x => x.ArticleId, a => a.Id, (x, a) => a.SourcePath))
            .ToListAsync(cancellationToken);
        var userSet = users.ToHashSet(StringComparer.Ordinal);
        return file => userSet.Contains(file.Path) || folders.Contains(file.Folder);
    }

    /// <summary>
    /// The Markdown files to read: new ones, those whose bytes changed, and those using an image that
    /// changed. A touched file with the same bytes only gets its new time stamp stored.
    /// </summary>
    private async Task<Dictionary<string, FileToRead>> ChangedMarkdownAsync(Func<ScannedFile, bool> usesChangedImage,
        CancellationToken cancellationToken)
    {
        var toRead = new ConcurrentDictionary<string, FileToRead>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(_scanned.Values.Where(f => f.IsMarkdown), cancellationToken, async (file, token) =>
        {
            _stored.TryGetValue(file.Path, out var before);
            var imageChanged = usesChangedImage(file);
            if (!imageChanged && IsUntouched(file, before))
                return;
            if (before is null || imageChanged)
            {
                toRead[file.Path] = new FileToRead(file, before is null ? ReadReason.New : ReadReason.ImageChanged);
                return;
            }

            // A file that cannot be read now is read anyway: that reports it (NEWS008).
            var hash = await BytesOrNullAsync(file, token) is { } bytes ? FileHash.Of(bytes) : "";
            if (hash.Length == 0 || before.Hash.Length == 0)
                toRead[file.Path] = new FileToRead(file, ReadReason.Unreadable);
            else if (before.Hash != hash)
                toRead[file.Path] = new FileToRead(file, ReadReason.Changed);
            else
                _recordsToUpdate[file.Path] = FileRecord.Of(file, hash);
        });
        return new Dictionary<string, FileToRead>(toRead, StringComparer.Ordinal);
    }

    /// <summary>
    /// Files held back only by another file (slug taken, alias taken, link to a missing article)
    /// are read again when other files changed: adding the missing article publishes the one
    /// linking to it, without the editor touching it.
    /// </summary>
    private static async Task AddHeldBackAsync(CatalogueDbContext context, Dictionary<string, ScannedFile> scanned,
        Dictionary<string, FileToRead> toRead, CancellationToken cancellationToken)
    {
        var codes = TreeRules.Codes;
        var paths = await context.Problems.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Path).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var path in paths)
        {
            if (scanned.TryGetValue(path, out var file))
                toRead.TryAdd(path, new FileToRead(file, ReadReason.HeldBackByAnotherFile));
        }
    }

    /// <summary>
    /// When one contact file changed (or went), every contact file is read: a few small files, and so the sync
    /// decides which one is the default over all of them, exactly as the validator does (NEWS034).
    /// </summary>
    private static void AddOtherContacts(Dictionary<string, ScannedFile> scanned, Dictionary<string, FileToRead> toRead, IReadOnlySet<string> removed)
    {
        if (!toRead.Values.Any(f => f.File.Kind == FileKind.Contact) && !removed.Any(p => ContentScanner.KindOf(p) == FileKind.Contact))
            return;
        foreach (var file in scanned.Values.Where(f => f.Kind == FileKind.Contact))
            toRead.TryAdd(file.Path, new FileToRead(file, ReadReason.OtherContactChanged));
    }

    private static bool IsUntouched(ScannedFile file, SourceFileEntry? before) =>
        before is not null && before.Length == file.Length && before.LastWriteTicks == file.LastWriteTicks;

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
}
