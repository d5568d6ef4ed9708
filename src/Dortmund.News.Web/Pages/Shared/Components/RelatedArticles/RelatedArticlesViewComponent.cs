using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dortmund.News.Web.Pages.Shared.Components.RelatedArticles;

/// <summary>
/// Below an article: up to three related articles and the previous/next article by date. A view
/// component, so the article page only names it and its page model stays as it is.
/// </summary>
public sealed class RelatedArticlesViewComponent(RelatedQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId) =>
        View(await queries.ForAsync(articleId, HttpContext.RequestAborted));
}
