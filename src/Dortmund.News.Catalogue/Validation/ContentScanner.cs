using System.Collections.Concurrent;
using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Attachments;
using Dortmund.News.Content.Contacts;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// Lists the files the site is built from: Markdown under articles/, authors/ and contacts/, the images
/// and attachments beside them, and boilerplate.md. Hidden files are skipped, and so is any link that leads outside content/.
/// </summary>
public static class ContentScanner
{
    public static readonly IReadOnlySet<string> ImageExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".gif" };

    /// <summary>The files an article may offer as attachments (Content's AttachmentType.All).</summary>
    public static readonly IReadOnlySet<string> AttachmentExtensions =
        AttachmentType.All.Select(t => t.Extension).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    private static readonly EnumerationOptions TopLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    /// <summary>Every relevant file below <paramref name="contentRoot"/>, by content-relative path.</summary>
    public static Dictionary<string, ScannedFile> Scan(string contentRoot)
    {
        var files = new ConcurrentDictionary<string, ScannedFile>(StringComparer.Ordinal);
        foreach (var folder in (ReadOnlySpan<string>)["articles", "authors", ContactReader.Folder])
        {
            var root = new DirectoryInfo(Path.Combine(contentRoot, folder));
            if (!root.Exists)
                continue;
            // Every scan (each live sync too) stats every file: the top-level folders (years) are walked on
            // all cores, which halves the time for 10,000 article folders.
            IEnumerable<(DirectoryInfo Folder, EnumerationOptions Options)> branches =
                [(root, TopLevel), .. root.EnumerateDirectories("*", TopLevel).Select(d => (d, Options))];
            Parallel.ForEach(branches, branch =>
            {
                var boundary = new ContentBoundary(contentRoot);
                foreach (var info in branch.Folder.EnumerateFiles("*", branch.Options))
                {
                    if (Describe(contentRoot, info, boundary) is { } file)
                        files[file.Path] = file;
                }
            });
        }

        var boilerplate = new FileInfo(Path.Combine(contentRoot, BoilerplateReader.FilePath));
        if (boilerplate.Exists && Describe(contentRoot, boilerplate, new ContentBoundary(contentRoot)) is { } file)
            files[file.Path] = file;
        return new Dictionary<string, ScannedFile>(files, StringComparer.Ordinal);
    }

    /// <summary>
    /// Brings the files known from the last sync up to date with the paths a watcher reported: each
    /// reported path is looked at again (a folder with everything below it); nothing else is touched,
    /// so a live sync after one saved file stats one file instead of the whole tree.
    /// </summary>
    public static Dictionary<string, ScannedFile> Rescan(string contentRoot, IEnumerable<(string Path, long Length, long LastWriteTicks)> known,
        IEnumerable<string> changedFullPaths)
    {
        var files = new Dictionary<string, ScannedFile>(StringComparer.Ordinal);
        foreach (var (path, length, ticks) in known)
        {
            if (KindOf(path) is { } kind)
                files[path] = new ScannedFile(path, Path.Combine(contentRoot, path), length, ticks, kind);
        }

        var boundary = new ContentBoundary(contentRoot);
        foreach (var fullPath in changedFullPaths.Distinct(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/');
            if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal))
                return Scan(contentRoot);
            foreach (var stale in files.Keys.Where(k => k == relative || k.StartsWith(relative + "/", StringComparison.Ordinal)).ToList())
                files.Remove(stale);
            var folder = new DirectoryInfo(fullPath);
            IEnumerable<FileInfo> found = folder.Exists ? folder.EnumerateFiles("*", Options)
                : File.Exists(fullPath) ? [new FileInfo(fullPath)]
                : [];
            foreach (var info in found)
            {
                if (Describe(contentRoot, info, boundary) is { } file)
                    files[file.Path] = file;
            }
        }

        return files;
    }

    // A file the site is built from, or null: hidden, outside content/ (through a link), or of no kind the site reads.
    private static ScannedFile? Describe(string contentRoot, FileInfo info, ContentBoundary boundary)
    {
        var relative = Path.GetRelativePath(contentRoot, info.FullName).Replace('\\', '/');
        if (KindOf(relative) is not { } kind || relative.Split('/').Any(part => part.StartsWith('.')) || !boundary.Contains(info))
            return null;
        return new ScannedFile(relative, info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, kind);
    }

    /// <summary>What the file at a content-relative path is to the site, or null when the site does not read it.</summary>
    public static FileKind? KindOf(string relativePath)
    {
        if (relativePath == BoilerplateReader.FilePath)
            return FileKind.Boilerplate;
        var markdownKind = relativePath.StartsWith("articles/", StringComparison.Ordinal) ? FileKind.Article
            : relativePath.StartsWith("authors/", StringComparison.Ordinal) ? FileKind.Author
            : relativePath.StartsWith(ContactReader.Folder + "/", StringComparison.Ordinal) ? FileKind.Contact
            : (FileKind?)null;
        if (markdownKind is null)
            return null;
        var extension = Path.GetExtension(relativePath);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? markdownKind
            : ImageExtensions.Contains(extension) ? FileKind.Image
            : AttachmentExtensions.Contains(extension) ? FileKind.Attachment
            : null;
    }
}
