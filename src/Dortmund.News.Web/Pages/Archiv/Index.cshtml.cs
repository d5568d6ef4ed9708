using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Archiv;

public sealed class IndexModel(TaxonomyQueries queries) : PageModel
{
    public IReadOnlyList<ArchiveYear> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await queries.ArchiveAsync(SiteLanguage.Current.Code, cancellationToken);
}
