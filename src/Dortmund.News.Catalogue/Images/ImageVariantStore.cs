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
public sealed record VariantPreparation(IReadOnlySet<string> Unusable, IReadOnlySet<string> Hashes, int Processed);

/// <summary>
/// Keeps the resized variants of content images in the catalogue's data folder, keyed by content
/// hash. CPU-heavy work, so the sync calls it before its transaction, and only images without
/// variants on disk (new or changed ones) are decoded, in parallel.
/// </summary>
public sealed class ImageVariantStore(CatalogueSettings settings, ILogger<ImageVariantStore> logger)
{
    /// <summary>The folder the variants are served from.</summary>
    public string Folder => settings.ImageVariantsPath;

    public async Task<VariantPreparation> PrepareAsync(IEnumerable<SourceImage> images, CancellationToken cancellationToken)
    {
        var all = images.ToList();
        var missing = all.Where(i => !ImageVariants.Exist(i.Hash, i.Width, Folder)).DistinctBy(i => i.Hash).ToList();
        var unusableHashes = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(missing, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (image, token) =>
            {
                var bytes = await File.ReadAllBytesAsync(image.FullPath, token);
                if (!ImageVariants.Write(bytes, image.Hash, Folder))
                    unusableHashes[image.Hash] = true;
            });
        if (missing.Count > 0)
            logger.LogInformation("Image variants: {Count} images resized in {Milliseconds} ms", missing.Count, stopwatch.ElapsedMilliseconds);

        var unusable = all.Where(i => unusableHashes.ContainsKey(i.Hash)).Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        var hashes = all.Where(i => !unusableHashes.ContainsKey(i.Hash)).Select(i => i.Hash).ToHashSet(StringComparer.Ordinal);
        return new VariantPreparation(unusable, hashes, missing.Count);
    }

    /// <summary>
    /// Deletes variants of images no longer in content/. Called after the sync committed, so pages
    /// of the catalogue visitors saw until then kept their images.
    /// </summary>
    public void RemoveAllBut(IReadOnlySet<string> hashes)
    {
        if (!Directory.Exists(Folder))
            return;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && !hashes.Contains(name[..dash]) || name.EndsWith(".tmp", StringComparison.Ordinal))
                TryDelete(file);
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
