namespace Dortmund.News.Web.PressPhotos;

/// <summary>One gallery photo to download.</summary>
/// <param name="Position">Its position in the article's gallery (as the catalogue counts, from 0).</param>
/// <param name="FileName">The name a journalist saves it under: article slug, its number as the page counts ("Bild 3 von 9") and the original's name.</param>
/// <param name="SourcePath">The original, content-relative.</param>
/// <param name="ImageHash">The original's content hash.</param>
/// <param name="StoredName">The file in the store: the image hash and a hash of its rights, so both decide its bytes.</param>
public sealed record PressPhoto(int Position, string FileName, string SourcePath, string ImageHash, PhotoRights Rights, string StoredName);

/// <summary>The downloads of one article: each gallery photo that has variants, and a ZIP of all of them with <c>LIZENZ.txt</c>.</summary>
/// <param name="ArchiveStoredName">The ZIP in the store: a hash of everything in it (names, photo files, the licence text).</param>
public sealed record ArticlePhotos(
    string Slug, DateTime PublishedUtc, IReadOnlyList<PressPhoto> Photos, string ArchiveFileName, string LicenseText, string ArchiveStoredName)
{
    /// <summary>The file name inside the ZIP that states the terms.</summary>
    public const string LicenseFileName = "LIZENZ.txt";

    /// <summary>The photo saved under <paramref name="fileName"/>, exactly as the page links it; null for any other name.</summary>
    public PressPhoto? PhotoNamed(string fileName) => Photos.FirstOrDefault(p => p.FileName == fileName);
}
