namespace Dortmund.News.Catalogue.Model;

/// <summary>A file an article offers for download, as its front matter lists it.</summary>
public sealed class ArticleAttachmentEntry
{
    public int ArticleId { get; set; }
    public int Position { get; set; }

    /// <summary>Content-relative path of the file.</summary>
    public required string Path { get; set; }

    /// <summary>The file's name, which its address ends in (unique within the article).</summary>
    public required string FileName { get; set; }

    public required string Title { get; set; }

    /// <summary>Length in bytes when the article was last synced.</summary>
    public long Length { get; set; }
}
