using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>A download as a page links it; <see cref="Bytes"/> is null while the file is not made yet (the page then names no size).</summary>
public sealed record PhotoDownloadLink(string Path, long? Bytes);

/// <summary>What an article page links for download: each gallery photo's JPEG and the ZIP of all.</summary>
public sealed record PhotoDownloadLinks(IReadOnlyDictionary<int, PhotoDownloadLink> Photos, PhotoDownloadLink Archive)
{
    /// <summary>The download of a gallery photo; null for one the page does not show.</summary>
    public PhotoDownloadLink? Of(GalleryImageView photo) => Photos.GetValueOrDefault(photo.Position);

    /// <summary>The links of <paramref name="article"/>'s downloads, with the sizes of the files made so far.</summary>
    public static PhotoDownloadLinks For(ArticlePhotos article, PressPhotoStore store) => new(
        article.Photos.ToDictionary(p => p.Position, p => new PhotoDownloadLink(
            SiteRoutes.ArticlePhotoDownloadPath(article.Slug, p.FileName), store.SizeOf(p.StoredName))),
        new PhotoDownloadLink(SiteRoutes.ArticlePhotoDownloadPath(article.Slug, article.ArchiveFileName), store.SizeOf(article.ArchiveStoredName)));
}
