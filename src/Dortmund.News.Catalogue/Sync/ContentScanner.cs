namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Lists the files the site is built from: Markdown under articles/ and authors/, and the images
/// beside them. Hidden files are skipped, and so is any link that leads outside content/.
/// </summary>
public static class ContentScanner
{
    public static readonly IReadOnlySet<string> ImageExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".gif" };

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    /// <summary>Every relevant file below <paramref name="contentRoot"/>, by content-relative path.</summary>
    public static Dictionary<string, ScannedFile> Scan(string contentRoot)
    {
        var files = new Dictionary<string, ScannedFile>(StringComparer.Ordinal);
        var boundary = new ContentBoundary(contentRoot);
        foreach (var (folder, markdownKind) in (ReadOnlySpan<(string, FileKind)>)[("articles", FileKind.Article), ("authors", FileKind.Author)])
        {
            var root = Path.Combine(contentRoot, folder);
            if (!Directory.Exists(root))
                continue;
            foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", Options))
            {
                var relative = Path.GetRelativePath(contentRoot, info.FullName).Replace('\\', '/');
                if (relative.Split('/').Any(part => part.StartsWith('.')) || !boundary.Contains(info))
                    continue;
                FileKind? kind = info.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? markdownKind
                    : ImageExtensions.Contains(info.Extension) ? FileKind.Image
                    : null;
                if (kind is { } known)
                    files[relative] = new ScannedFile(relative, info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, known);
            }
        }

        return files;
    }
}
