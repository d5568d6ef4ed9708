namespace Dortmund.News.Import.Bodies;

/// <summary>Where a reference of the old site (a URL or path) leads among its files.</summary>
public static class SourceFiles
{
    public static readonly IReadOnlySet<string> ImageExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".gif" };

    public static bool IsImage(string path) => ImageExtensions.Contains(Path.GetExtension(path));

    /// <summary>The path part of a reference: no scheme and host, no query or fragment, percent-escapes decoded.</summary>
    public static string PathOf(string reference)
    {
        var path = reference.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            path = uri.AbsolutePath;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
            path = path[..cut];
        return Uri.UnescapeDataString(path);
    }

    /// <summary>
    /// The first of the candidate paths that is an image file inside <paramref name="root"/>; null otherwise. Only images:
    /// a reference in an old post must not carry any other file of the source folder (a WordPress export often sits in
    /// ~/Downloads) into content/, which is committed.
    /// </summary>
    public static string? FirstImage(string root, params string?[] candidates)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        foreach (var candidate in candidates.OfType<string>())
        {
            var full = Path.GetFullPath(candidate);
            if (full.StartsWith(top, StringComparison.Ordinal) && IsImage(full) && File.Exists(full))
                return full;
        }

        return null;
    }
}
