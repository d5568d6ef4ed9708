using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.PressPhotos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Artikel;

public sealed class DetailsModel(ArticleQueries queries, PressPhotoDownloads downloads, PressPhotoStore store) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    /// <summary>The photos to download with their rights; null for a draft (shown only in the editors' preview), whose photos are not offered.</summary>
    public PhotoDownloadLinks? Downloads { get; private set; }

    /// <summary>The licence of photos that name none.</summary>
    public string DefaultLicense => downloads.DefaultLicense;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.BySlugAsync(slug, cancellationToken) is { } article)
        {
            Article = article;
            Downloads = article.Draft ? null : PhotoDownloadLinks.For(downloads.Of(article), store);
            return Page();
        }

        // Perhaps the article's earlier slug or an editor's alias: answered as every earlier address is.
        return new AliasRedirect(queries, SiteRoutes.ArticlePrefix + slug);
    }
}
