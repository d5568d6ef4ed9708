using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Termine;

/// <summary>The events that are over, the latest first.</summary>
public sealed class VergangenModel(EventQueries queries) : PageModel
{
    public Page<CalendarEntry> Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.PastAsync(SiteLanguage.Current.Code, number, cancellationToken) is not { } events)
            return NotFound();
        Events = events;
        return Page();
    }
}
