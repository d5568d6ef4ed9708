using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Rubrik;

public sealed class DetailsModel(TaxonomyQueries queries) : PageModel
{
    public TaxonomyPage Category { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.CategoryAsync(SiteLanguage.Current.Code, slug, number, cancellationToken) is not { } category)
            return NotFound();
        Category = category;
        return Page();
    }
}
