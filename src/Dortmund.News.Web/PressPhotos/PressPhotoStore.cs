using System.Collections.Concurrent;
using Dortmund.News.Catalogue.Validation;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>A download on disk; <see cref="MadeNow"/> when this call wrote it (pages showing its size are then out of date).</summary>
public sealed record StoredDownload(string Path, bool MadeNow);

/// <summary>
/// Keeps the photo downloads and ZIPs in a folder beside the image variants, named by what decides their bytes
/// (<see cref="PressPhoto.StoredName"/>, <see cref="ArticlePhotos.ArchiveStoredName"/>), so each is made once and
/// an unchanged one is never made again. Each file is made once even when the background and visitors ask for it
/// at the same moment, by at most two workers at a time (ImageMagick holds a whole photo in memory), and appears
/// atomically.
/// </summary>
public sealed class PressPhotoStore(string folder, string contentPath, ILogger<PressPhotoStore> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _making = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _workers = new(Math.Clamp(Environment.ProcessorCount - 1, 1, 2));

    /// <summary>The folder the downloads are kept in.</summary>
    public string Folder => folder;

    /// <summary>Whether no download is stored at all.</summary>
    public bool IsEmpty => !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>The size of a stored file in bytes, or null while it is not made.</summary>
    public long? SizeOf(string storedName) => new FileInfo(Path.Combine(folder, storedName)) is { Exists: true } file ? file.Length : null;

    /// <summary>The photo's file, made now if missing; null when it cannot be made (the original is gone or does not decode).</summary>
    public Task<StoredDownload?> PhotoAsync(PressPhoto photo, CancellationToken cancellationToken) =>
        EnsureAsync(photo.StoredName, () => MakePhoto(photo), cancellationToken);

    /// <summary>The article's ZIP, made now (with any photo file it needs) if missing; null when a photo cannot be made.</summary>
    public async Task<StoredDownload?> ArchiveAsync(ArticlePhotos article, CancellationToken cancellationToken)
    {
        var photos = new List<string>(article.Photos.Count);
        foreach (var photo in article.Photos)
        {
            if (await PhotoAsync(photo, cancellationToken) is not { } stored)
                return null;
            photos.Add(stored.Path);
        }

        return await EnsureAsync(article.ArchiveStoredName, () => MakeArchive(article, photos), cancellationToken);
    }

    /// <summary>
    /// Deletes every file not named in <paramref name="keep"/>, except those written since <paramref name="since"/>
    /// (made for a catalogue newer than the one <paramref name="keep"/> was read from) and half-written ones.
    /// </summary>
    public void RemoveAllBut(IReadOnlySet<string> keep, DateTime since)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            if (keep.Contains(file.Name) || file.LastWriteTimeUtc >= since || (file.Name.EndsWith(".tmp", StringComparison.Ordinal) && !_making.IsEmpty))
                continue;
            try
            {
                file.Delete();
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete the stale photo download {File}", file.Name);
            }
        }
    }

    private async Task<StoredDownload?> EnsureAsync(string storedName, Func<bool> make, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, storedName);
        if (File.Exists(path))
            return new StoredDownload(path, MadeNow: false);
        // One making per file; a visitor who gives up does not stop it for the others (or for the next visitor).
        var making = _making.GetOrAdd(storedName, name => new Lazy<Task<bool>>(() => Task.Run(async () =>
        {
            await _workers.WaitAsync();
            try
            {
                return File.Exists(path) || make();
            }
            finally
            {
                _workers.Release();
                _making.TryRemove(storedName, out _);
            }
        })));
        return await making.Value.WaitAsync(cancellationToken) ? new StoredDownload(path, MadeNow: true) : null;
    }

    private bool MakePhoto(PressPhoto photo)
    {
        try
        {
            // Every file of one image has the same pixels: another article's copy is reused, without decoding again.
            var pixels = SameImage(photo) is { } sibling ? JpegSegments.WithMetadata(File.ReadAllBytes(sibling), []) : Decoded(photo.SourcePath);
            if (pixels is null)
            {
                logger.LogWarning("The photo download of {Path} could not be made: the file is gone or ImageMagick does not decode it", photo.SourcePath);
                return false;
            }

            WriteAtomically(photo.StoredName, file => file.Write(RightsMetadata.Embed(pixels, photo.Rights)));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning(e, "The photo download of {Path} could not be made", photo.SourcePath);
            return false;
        }
    }

    private bool MakeArchive(ArticlePhotos article, IReadOnlyList<string> photos)
    {
        try
        {
            WriteAtomically(article.ArchiveStoredName, file => PhotoArchive.Write(file, article, photos));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "The photo ZIP of {Slug} could not be made", article.Slug);
            return false;
        }
    }

    private string? SameImage(PressPhoto photo) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, photo.ImageHash + "-*.jpg").FirstOrDefault() : null;

    // The catalogue names only files inside content/; checked again (links followed), as this reads whatever the path leads to.
    private byte[]? Decoded(string sourcePath)
    {
        var path = Path.GetFullPath(Path.Combine(contentPath, sourcePath));
        if (!File.Exists(path) || !ContentBoundary.Contains(contentPath, path))
            return null;
        using var original = File.OpenRead(path);
        return UprightJpeg.From(original);
    }

    private void WriteAtomically(string storedName, Action<FileStream> write)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, storedName);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var file = File.Create(temporary))
                write(file);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
