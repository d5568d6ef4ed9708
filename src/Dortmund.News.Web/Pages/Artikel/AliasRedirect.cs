using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dortmund.News.Web.Pages.Artikel;

/// <summary>
/// The answer to an article's earlier address — an editor's alias (any old path, also file-like ones
/// such as /presse/meldung.html) or a slug the article had before: a permanent redirect to the article,
/// or 404 when the path is none. One answer for both ways in: the article page for an unknown slug, and
/// the fallback for paths nothing else answers (Hosting/PagesExtensions).
/// </summary>
internal sealed class AliasRedirect(ArticleQueries queries, string path) : IResult, IActionResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var answer = await queries.RedirectTargetAsync(path, http.RequestAborted) is { } slug
            ? Results.Redirect(SiteRoutes.ArticlePrefix + slug, permanent: true)
            : Results.NotFound();
        await answer.ExecuteAsync(http);
    }

    Task IActionResult.ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
