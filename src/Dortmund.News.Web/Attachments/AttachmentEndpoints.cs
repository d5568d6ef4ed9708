using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;

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
        // An English article's files below its English address (/en/articles/{slug}/anhaenge/{file}): its slug may differ.
        foreach (var (route, language) in new[] { (SiteRoutes.ArticleAttachment, SiteLanguage.German), (SiteRoutes.English.ArticleAttachment, SiteLanguage.English) })
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head],
                async (string slug, string file, HttpContext http, AttachmentQueries attachments, CatalogueSettings catalogue, CancellationToken cancellationToken) =>
                    AttachmentFile.Serve(await attachments.ShownAsync(language.Code, slug, file, cancellationToken), catalogue, "public, max-age=3600", http));
        return app;
    }
}
