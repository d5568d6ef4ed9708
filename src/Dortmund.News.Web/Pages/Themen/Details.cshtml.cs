using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Themen;

public sealed class DetailsModel(TaxonomyQueries queries) : PageModel
{
    public TaxonomyPage Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.TagAsync(SiteLanguage.Current.Code, slug, number, cancellationToken) is not { } tag)
            return NotFound();
        Tag = tag;
        return Page();
    }
}
