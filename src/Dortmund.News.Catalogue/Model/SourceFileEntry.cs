namespace Dortmund.News.Catalogue.Model;

/// <summary>
/// What the last sync saw of one file under content/: size and time stamp let a warm start skip
/// reading it, and the hash decides whether a touched file really changed.
/// </summary>
public sealed class SourceFileEntry
{
    public required string Path { get; set; }
    public long Length { get; set; }
    public long LastWriteTicks { get; set; }
    public required string Hash { get; set; }

    /// <summary>Pixel size, for image files that decoded; null for Markdown and for unreadable images.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
}
