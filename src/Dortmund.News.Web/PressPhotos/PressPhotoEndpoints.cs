using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Caching;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.PressPhotos;

internal static class PressPhotoEndpoints
{
    private const string JpegType = "image/jpeg", ZipType = "application/zip";

    /// <summary>
    /// <c>/artikel/{slug}/fotos/{file}</c>: a gallery photo with its rights inside, or all of them as a ZIP, saved
    /// under the name the page gives (Content-Disposition: attachment). Only the names the page links answer, and
    /// only for public articles: a draft's, a scheduled or an expired article's photos are a 404 like its page.
    /// A file the background has not made yet is made now; the page is then evicted, so it shows the file's size.
    /// </summary>
    public static IEndpointRouteBuilder MapPressPhotoDownloads(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.ArticlePhotoDownload, [HttpMethods.Get, HttpMethods.Head],
            async (string slug, string file, HttpContext http, PressPhotoQueries queries, PressPhotoDownloads downloads, PressPhotoStore store,
                PageCacheEviction pages, CancellationToken cancellationToken) =>
            {
                if (await queries.PublicAsync(slug, cancellationToken) is not { } article)
                    return Results.NotFound();
                var photos = downloads.Of(article);
                var (stored, type) = file == photos.ArchiveFileName && photos.Photos.Count > 0
                    ? (await store.ArchiveAsync(photos, cancellationToken), ZipType)
                    : photos.PhotoNamed(file) is { } photo
                        ? (await store.PhotoAsync(photo, cancellationToken), JpegType)
                        : (null, "");
                if (stored is null)
                    return Results.NotFound();
                if (stored.MadeNow)
                    pages.EvictArticles([article.Slug]);
                // As pages: reused for a minute, so a photo withdrawn with its article is gone as soon.
                http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=60";
                // The stored name is a hash of everything that decides the bytes: a strong validator.
                return Results.File(stored.Path, type, fileDownloadName: file, lastModified: File.GetLastWriteTimeUtc(stored.Path),
                    entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(stored.Path)}\""), enableRangeProcessing: true);
            });
        return app;
    }
}
