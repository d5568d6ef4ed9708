using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
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
        // The article may be in either language: its address is that language's.
        var answer = await queries.RedirectAsync(path, http.RequestAborted) is { } target
            ? Results.Redirect(SiteLanguage.ByCode(target.Language).Routes.ArticlePrefix + target.Slug, permanent: true)
            : Results.NotFound();
        await answer.ExecuteAsync(http);
    }

    Task IActionResult.ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
