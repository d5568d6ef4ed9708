namespace Dortmund.News.Catalogue.Validation;

/// <summary>What a content file is to the sync.</summary>
public enum FileKind
{
    Article,
    Author,
    Contact,
    Boilerplate,
    Image,
    Attachment,
}

/// <summary>A file found under content/, before it is read.</summary>
/// <param name="Path">Content-relative path with forward slashes.</param>
/// <param name="FullPath">Absolute path on disk.</param>
public sealed record ScannedFile(string Path, string FullPath, long Length, long LastWriteTicks, FileKind Kind)
{
    /// <summary>The content-relative folder the file is in.</summary>
    public string Folder => Path[..Math.Max(0, Path.LastIndexOf('/'))];

    /// <summary>Whether it is a Markdown file the sync parses (not an image or an attachment beside one).</summary>
    public bool IsMarkdown => Kind is not (FileKind.Image or FileKind.Attachment);
}
