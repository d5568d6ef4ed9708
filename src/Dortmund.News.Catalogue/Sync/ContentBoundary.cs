namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Whether a path really lies inside the content folder once every symbolic link on the way is
/// followed: a link inside content/ that leads elsewhere must never be read or served.
/// </summary>
public static class ContentBoundary
{
    public static bool Contains(string contentRoot, string fullPath)
    {
        var root = RealPath(contentRoot);
        var real = RealPath(fullPath);
        return root is not null && real is not null
               && real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
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
