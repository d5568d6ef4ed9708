namespace Dortmund.News.Catalogue.Model;

/// <summary>One gallery photo of an article, with the caption and credit that travel with it.</summary>
public sealed class GalleryImageEntry
{
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public required string Path { get; set; }
    public required string Caption { get; set; }
    public required string Credit { get; set; }
    public required string Alt { get; set; }

    /// <summary>The photo's own usage terms; null: the site's default terms.</summary>
    public string? License { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
}
