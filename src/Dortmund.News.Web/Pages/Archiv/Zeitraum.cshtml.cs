using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Archiv;

/// <summary>A year or a month of the archive. A path that is no year or month is simply not found.</summary>
public sealed class ZeitraumModel(TaxonomyQueries queries) : PageModel
{
    public ArchivePage Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string jahr, string? monat,
        CancellationToken cancellationToken)
    {
        if (!ArchiveLinks.TryParseYear(jahr, out var year))
            return NotFound();
        int? month = null;
        if (monat is not null)
        {
            if (!ArchiveLinks.TryParseMonth(monat, out var parsed))
                return NotFound();
            month = parsed;
        }

        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        if (await queries.ArchivePageAsync(year, month, number, cancellationToken) is not { } archive)
            return NotFound();
        Archive = archive;
        return Page();
    }

    public string Heading => Archive.Month is { } month ? $"{ArchiveLinks.MonthName(month)} {Archive.Year}" : $"{Archive.Year}";

    public string BasePath => Archive.Month is { } m ? ArchiveLinks.Month(Archive.Year, m) : ArchiveLinks.Year(Archive.Year);
}
