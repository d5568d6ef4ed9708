namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// Whether a path really lies inside the content folder once every symbolic link on the way is
/// followed: a link inside content/ that leads elsewhere must never be read or served. One instance
/// remembers the folders it has resolved, so a scan of 10,000 files costs a look-up per file, not a
/// walk of every path.
/// </summary>
public sealed class ContentBoundary(string contentRoot)
{
    private readonly string? _root = RealPath(contentRoot);
    private readonly Dictionary<string, string?> _folders = new(StringComparer.Ordinal);

    public static bool Contains(string contentRoot, string fullPath) => new ContentBoundary(contentRoot).Contains(new FileInfo(fullPath));

    /// <summary>Whether <paramref name="entry"/> (as enumerated: its attributes say whether it is a link) lies inside.</summary>
    public bool Contains(FileSystemInfo entry)
    {
        if (_root is null)
            return false;
        var real = entry.Attributes.HasFlag(FileAttributes.ReparsePoint) ? RealPath(entry.FullName)
            : RealFolder(Path.GetDirectoryName(entry.FullName)!) is { } folder ? Path.Join(folder, entry.Name)
            : null;
        return real is not null && real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private string? RealFolder(string folder)
    {
        if (!_folders.TryGetValue(folder, out var real))
            _folders[folder] = real = ResolveFolder(folder);
        return real;
    }

    private string? ResolveFolder(string folder)
    {
        if (Path.GetDirectoryName(folder) is not { } parent)
            return folder;
        var info = new DirectoryInfo(folder);
        if (info.LinkTarget is not null)
            return RealPath(folder);
        return RealFolder(parent) is { } realParent ? Path.Join(realParent, info.Name) : null;
    }

    /// <summary>The path with every link resolved, or null when a link on the way is broken or loops.</summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null)
                continue;
            try
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                    return null;
                current = RealPath(target.FullName);
                if (current is null)
                    return null;
            }
            catch (IOException)
            {
                return null;
            }
        }

        return current;
    }
}
