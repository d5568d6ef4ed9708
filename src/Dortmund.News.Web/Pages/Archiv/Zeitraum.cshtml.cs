using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
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
        var language = SiteLanguage.Current;
        if (await queries.ArchivePageAsync(language.Code, year, month, number, cancellationToken) is not { } archive)
            return NotFound();
        Archive = archive;
        // The same period in the other language only when it has articles then: an alternate never answers 404.
        if (number == 1)
        {
            var other = language.Other;
            Versions = await queries.ArchivePageAsync(other.Code, year, month, 1, cancellationToken) is null
                ? [new PageVersion(language, BasePath)]
                : [.. SiteLanguage.All.Select(l => new PageVersion(l, PathIn(l.Routes)))];
        }
        return Page();
    }

    public string Heading => Archive.Month is { } month ? $"{ArchiveLinks.MonthName(month)} {Archive.Year}" : $"{Archive.Year}";

    public string BasePath => PathIn(SiteLanguage.Current.Routes);

    /// <summary>The languages this period's first page exists in (null past the first page: that page alone).</summary>
    public IReadOnlyList<PageVersion>? Versions { get; private set; }

    private string PathIn(LanguageRoutes routes) =>
        Archive.Month is { } m ? ArchiveLinks.Month(routes, Archive.Year, m) : ArchiveLinks.Year(routes, Archive.Year);
}
