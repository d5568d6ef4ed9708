using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Artikel;

public sealed class DetailsModel(ArticleQueries queries) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.BySlugAsync(slug, cancellationToken) is { } article)
        {
            Article = article;
            return Page();
        }

        // Perhaps the article's earlier slug or an editor's alias: answered as every earlier address is.
        return new AliasRedirect(queries, SiteRoutes.ArticlePrefix + slug);
    }
}
