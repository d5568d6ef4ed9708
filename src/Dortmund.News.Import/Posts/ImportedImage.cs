namespace Dortmund.News.Import.Posts;

/// <summary>
/// A file of the old site that goes into the article's folder as <see cref="FileName"/>; shown in the gallery
/// (with caption and credit) or only kept beside the article (a bundle file nothing referenced).
/// </summary>
public sealed class ImportedImage(string sourceFile, string fileName)
{
    public string SourceFile { get; } = sourceFile;
    public string FileName { get; } = fileName;
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? Alt { get; set; }
    public string? License { get; set; }
    public bool InGallery { get; set; }
}
