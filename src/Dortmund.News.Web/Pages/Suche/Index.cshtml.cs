using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Suche;

public sealed class IndexModel(SearchQueries queries, ContentSync sync) : PageModel
{
    /// <summary>True while articles still wait for their search rows (after a first start): the page says results may be missing.</summary>
    public bool IndexIncomplete { get; private set; }

    /// <summary>What the visitor typed, shown back in the search field (cut, see <see cref="PageQuery.MaxSearchLength"/>).</summary>
    public string Query { get; private set; } = "";

    public SearchResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageQuery.TryReadPageNumber(HttpContext, out var number))
            return BadRequest();
        Query = PageQuery.ReadSearchText(HttpContext);
        IndexIncomplete = sync.SearchIndexIncomplete;
        if (await queries.SearchAsync(SiteLanguage.Current.Code, Query, number, cancellationToken) is not { } results)
            return NotFound();
        Results = results;
        return Page();
    }

    /// <summary>This search's address, to which the pager adds the page number.</summary>
    public string BasePath => PathIn(SiteLanguage.Current.Routes);

    /// <summary>This search's address among <paramref name="routes"/>' pages.</summary>
    public string PathIn(LanguageRoutes routes) => routes.Search + "?q=" + Uri.EscapeDataString(Query);
}
