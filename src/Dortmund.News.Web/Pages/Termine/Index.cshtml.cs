using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Termine;

/// <summary>The upcoming events (not over yet), soonest first.</summary>
public sealed class IndexModel(EventQueries queries) : PageModel
{
    public Page<CalendarEntry> Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.UpcomingAsync(SiteLanguage.Current.Code, number, cancellationToken) is not { } events)
            return NotFound();
        Events = events;
        return Page();
    }
}
