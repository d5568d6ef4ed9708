using System.Data.Common;
using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dortmund.News.Web.Pages.Shared.Components.SiteFooter;

/// <summary>
/// The footer's press matter on every page: the agency's address, the default press contact, the feeds and
/// the press room. A view component, so the layout only names it.
/// </summary>
public sealed class SiteFooterViewComponent(PressQueries queries, ILogger<SiteFooterViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return View(await queries.FooterAsync(HttpContext.RequestAborted));
        }
        catch (DbException e)
        {
            // The error page for a catalogue that cannot be read has this footer too: it must still render.
            logger.LogWarning(e, "The footer is shown without the press contact and address: the catalogue could not be read");
            return View(new FooterView(null, []));
        }
    }
}
