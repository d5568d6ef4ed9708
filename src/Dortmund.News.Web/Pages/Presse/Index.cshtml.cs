using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Presse;

public sealed class IndexModel(PressQueries queries, EndpointDataSource endpoints) : PageModel
{
    public PressRoomView Room { get; private set; } = null!;

    /// <summary>
    /// Whether the site has the photo terms page: a feature of its own, linked once it is routed, so the press
    /// room never links a 404 (as the sitemap lists category and tag pages only where routed).
    /// </summary>
    public bool HasPhotoTerms { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Room = await queries.PressRoomAsync(cancellationToken);
        HasPhotoTerms = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Any(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == SiteRoutes.PhotoTerms);
    }
}
