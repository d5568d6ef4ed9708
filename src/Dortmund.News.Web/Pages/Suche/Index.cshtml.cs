using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Suche;

public sealed class IndexModel(SearchQueries queries) : PageModel
{
    /// <summary>What the visitor typed, shown back in the search field; cut so a pasted essay does not echo back.</summary>
    public string Query { get; private set; } = "";

    public SearchResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "seite")] string? seite,
        CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(seite, out var number))
            return BadRequest();
        Query = (q ?? "").Trim() is var trimmed && trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
        if (await queries.SearchAsync(Query, number, cancellationToken) is not { } results)
            return NotFound();
        Results = results;
        return Page();
    }

    public const int MaxQueryLength = 200;

    /// <summary>This search's address, to which the pager adds the page number.</summary>
    public string BasePath => "/suche?q=" + Uri.EscapeDataString(Query);
}
