using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages;

public sealed class IndexModel(ArticleQueries queries) : PageModel
{
    public FrontPage Front { get; private set; } = null!;

    public Page<ArticleCard> Articles => Front.Articles;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The English home page is /en/, one address: /en leads there.
        if (Request.Path == SiteRoutes.English.Root)
            return RedirectPermanent(SiteRoutes.English.Home + Request.QueryString);
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        var front = await queries.FrontPageAsync(SiteLanguage.Current.Code, number, cancellationToken);
        if (front is null)
            return NotFound();
        Front = front;
        return Page();
    }
}
