using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Themen;

public sealed class IndexModel(TaxonomyQueries queries) : PageModel
{
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tags = await queries.TagsAsync(SiteLanguage.Current.Code, cancellationToken);
}
