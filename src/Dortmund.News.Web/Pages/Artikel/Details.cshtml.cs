using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Artikel;

public sealed class DetailsModel(ArticleQueries queries) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.BySlugAsync(slug, cancellationToken) is { } article)
        {
            Article = article;
            return Page();
        }

        // An alias or an earlier slug of a moved article answers with a permanent redirect.
        return await queries.RedirectTargetAsync(SiteRoutes.ArticlePrefix + slug, cancellationToken) is { } target
            ? RedirectPermanent(SiteRoutes.ArticlePrefix + target)
            : NotFound();
    }
}
