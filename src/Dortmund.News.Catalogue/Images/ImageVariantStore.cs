using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Images;

/// <summary>A content image the sync found readable: where it is, its content hash and its upright width.</summary>
public sealed record SourceImage(string Path, string FullPath, string Hash, int Width);

/// <summary>What <see cref="ImageVariantStore.PrepareAsync"/> did.</summary>
/// <param name="Unusable">Content paths of images whose pixels could not be decoded: the articles using them fail with NEWS025.</param>
/// <param name="Hashes">The hashes of every image now served; variants of other hashes may go once the sync has committed.</param>
/// <param name="Processed">How many images were decoded and resized in this sync.</param>
/// <param name="Queued">How many images were left to be resized in the background, after the sync.</param>
public sealed record VariantPreparation(IReadOnlySet<string> Unusable, IReadOnlySet<string> Hashes, int Processed, int Queued = 0);

/// <summary>
/// Keeps the resized variants of content images in the catalogue's data folder, keyed by content
/// hash; only images without variants on disk (new or changed ones) are decoded. A few are resized
/// during the sync; many (a first start) are queued and resized in the background once the sync has
/// committed, so the site answers before they are done: a request for a variant still queued has it
/// made at once (<see cref="EnsureAsync"/>), and no page links a file that cannot be served.
/// </summary>
public sealed class ImageVariantStore(CatalogueSettings settings, ILogger<ImageVariantStore> logger)
{
    private readonly ConcurrentDictionary<string, SourceImage> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _making = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _undecodable = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SourceImage> _toRecheck = new();
    private readonly Lock _backgroundGate = new();
    private Task _background = Task.CompletedTask;

    /// <summary>The folder the variants are served from.</summary>
    public string Folder => settings.ImageVariantsPath;

    /// <summary>How many images still wait for their variants (readiness reports it).</summary>
    public int Queued => _queued.Count;

    /// <summary>Whether any image waits for its variants or has them made right now (cheaper than <see cref="Queued"/>).</summary>
    public bool IsBusy => !_queued.IsEmpty || !_making.IsEmpty;

    /// <summary>
    /// Raised when the background found images whose pixels do not decode: the sync reads the articles
    /// using them again, which then fail with NEWS025 as they would have during the sync.
    /// </summary>
    public event Action<IReadOnlyList<SourceImage>>? FoundUndecodable;

    public async Task<VariantPreparation> PrepareAsync(IEnumerable<SourceImage> images, CancellationToken cancellationToken)
    {
        var all = images.ToList();
        var missing = all.Where(i => !_undecodable.ContainsKey(i.Hash) && !ImageVariants.Exist(i.Hash, i.Width, Folder))
            .DistinctBy(i => i.Hash).ToList();
        var processed = 0;
        if (missing.Count > settings.ImagesResizedDuringSync)
        {
            // Images still queued from an earlier sync (the background is on them) are not news.
            var added = missing.Count(image => _queued.TryAdd(image.Hash, image));
            if (added > 0)
                logger.LogInformation("Image variants: {Count} images to resize, in the background once the sync is done", added);
        }
        else if (missing.Count > 0)
        {
            var stopwatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(missing, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (image, _) => await MakeAsync(image));
            processed = missing.Count;
            logger.LogInformation("Image variants: {Count} images resized in {Milliseconds} ms", missing.Count, stopwatch.ElapsedMilliseconds);
        }

        var unusable = all.Where(i => _undecodable.ContainsKey(i.Hash)).Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        var hashes = all.Where(i => !_undecodable.ContainsKey(i.Hash)).Select(i => i.Hash).ToHashSet(StringComparer.Ordinal);
        return new VariantPreparation(unusable, hashes, processed, missing.Count - processed);
    }

    /// <summary>Starts resizing the queued images in the background, on all cores but one (visitors keep one).</summary>
    public void ResizeQueuedInBackground()
    {
        lock (_backgroundGate)
        {
            if (_queued.IsEmpty || !_background.IsCompleted)
                return;
            _background = Task.Run(ResizeQueuedAsync);
        }
    }

    /// <summary>Images found undecodable in the background and not yet read again by a sync; each is handed out once.</summary>
    public IReadOnlyList<SourceImage> TakeUndecodableToRecheck()
    {
        var taken = new List<SourceImage>();
        while (_toRecheck.TryDequeue(out var image))
            taken.Add(image);
        return taken;
    }

    /// <summary>
    /// Makes the variants of the image with <paramref name="hash"/> now when it is queued (a visitor asks
    /// for one before the background got to it); true when they exist on disk afterwards.
    /// </summary>
    public async Task<bool> EnsureAsync(string hash)
    {
        if (_making.TryGetValue(hash, out var making))
            return await making.Value;
        return _queued.TryGetValue(hash, out var image) && await MakeAsync(image);
    }

    /// <summary>
    /// Deletes variants of images no longer in content/. Called after the sync committed, so pages
    /// of the catalogue visitors saw until then kept their images.
    /// </summary>
    public void RemoveAllBut(IReadOnlySet<string> hashes)
    {
        if (!Directory.Exists(Folder))
            return;
        // Half-written files are left alone while variants are being made: one of them is being written now.
        var removeHalfWritten = _queued.IsEmpty && _making.IsEmpty;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (name.EndsWith(".tmp", StringComparison.Ordinal) ? removeHalfWritten : dash > 0 && !hashes.Contains(name[..dash]) && !_queued.ContainsKey(name[..dash]))
                TryDelete(file);
        }
    }

    private async Task ResizeQueuedAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var made = 0;
        var undecodable = new ConcurrentBag<SourceImage>();
        while (!_queued.IsEmpty)
        {
            await Parallel.ForEachAsync(_queued.Values.ToList(), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) },
                async (image, _) =>
                {
                    if (await MakeAsync(image))
                        Interlocked.Increment(ref made);
                    else if (_undecodable.ContainsKey(image.Hash))
                        undecodable.Add(image);
                });
        }

        logger.LogInformation("Image variants: {Count} images resized in the background in {Milliseconds} ms", made, stopwatch.ElapsedMilliseconds);
        if (!undecodable.IsEmpty)
        {
            foreach (var image in undecodable)
                _toRecheck.Enqueue(image);
            FoundUndecodable?.Invoke([.. undecodable]);
        }
    }

    /// <summary>Resizes one image, once even when the background and a visitor ask at the same moment.</summary>
    private async Task<bool> MakeAsync(SourceImage image)
    {
        var making = _making.GetOrAdd(image.Hash, _ => new Lazy<Task<bool>>(() => Task.Run(() => Make(image))));
        try
        {
            return await making.Value;
        }
        finally
        {
            _queued.TryRemove(image.Hash, out _);
            _making.TryRemove(new KeyValuePair<string, Lazy<Task<bool>>>(image.Hash, making));
        }
    }

    private bool Make(SourceImage image)
    {
        try
        {
            if (ImageVariants.WriteFromFile(image.FullPath, image.Hash, Folder))
                return true;
            _undecodable[image.Hash] = image.Path;
            logger.LogWarning("Image {Path} does not decode; the articles using it are not published", image.Path);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable since the sync looked: the next sync sees what happened to it.
            logger.LogWarning(e, "Could not resize {Path}", image.Path);
            return false;
        }
    }

    private void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the stale image variant {File}", file);
        }
    }
}
