using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages;

public sealed class IndexModel(ArticleQueries queries) : PageModel
{
    public Page<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        var page = await queries.NewestAsync(number, cancellationToken);
        if (page is null)
            return NotFound();
        Articles = page;
        return Page();
    }
}
