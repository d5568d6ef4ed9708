using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Presse;

public sealed class IndexModel(PressQueries queries) : PageModel
{
    public PressRoomView Room { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Room = await queries.PressRoomAsync(SiteLanguage.Current.Code, cancellationToken);
}
