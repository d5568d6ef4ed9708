using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Attachments;

internal static class AttachmentEndpoints
{
    /// <summary>
    /// <c>/artikel/{slug}/anhaenge/{file}</c>: a file the article lists, while its page may be seen (as photos under
    /// /medien/ once were: nothing unlisted, nothing of a draft or a scheduled article). Editors may replace a file
    /// under the same name, so caches keep it for an hour.
    /// </summary>
    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.ArticleAttachment, [HttpMethods.Get, HttpMethods.Head],
            async (string slug, string file, HttpContext http, AttachmentQueries attachments, CatalogueSettings catalogue, CancellationToken cancellationToken) =>
                AttachmentFile.Serve(await attachments.ShownAsync(slug, file, cancellationToken), catalogue, "public, max-age=3600", http));
        return app;
    }
}
