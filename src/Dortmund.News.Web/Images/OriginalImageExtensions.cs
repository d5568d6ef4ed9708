using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Pages;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Images;

internal static class OriginalImageExtensions
{
    /// <summary>
    /// The original files are no longer served: a camera's file may carry its GPS position and serial
    /// number, and only the re-encoded variants under /bilder/ are free of metadata. Old links to
    /// /medien/… (feeds already fetched, search indexes, shared posts) answer 301 with the image's
    /// largest JPEG variant, so they keep working and crawlers learn the new address; anything that is
    /// not an image a visible page shows answers 404.
    /// </summary>
    public static IEndpointRouteBuilder MapOriginalImageRedirects(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.OriginalImages + "/{**path}", [HttpMethods.Get, HttpMethods.Head],
            async (string? path, HttpContext http, ImageQueries images, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrEmpty(path)
                    || await images.ShownAsync(path, cancellationToken) is not { } image
                    || LargestVariant.Of(image) is not { } variant)
                    return Results.NotFound();
                // Permanent for crawlers, but cached by browsers for an hour only: when the editors replace
                // the image, the same path leads to the new variant and the old one is deleted.
                http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
                return Results.Redirect(variant.Path, permanent: true);
            });
        return app;
    }
}
