using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Autoren;

public sealed class DetailsModel(ArticleQueries queries) : PageModel
{
    public AuthorView Author { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.AuthorAsync(SiteLanguage.Current.Code, slug, number, cancellationToken) is not { } author)
            return NotFound();
        Author = author;
        return Page();
    }
}
