using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages;

/// <summary>
/// The error page for any status code; the details of a 500 stay in the log. It has no handler
/// method on purpose: it is re-executed with the failed request's method (HEAD, OPTIONS, …) and
/// must render for all of them. Visited directly, it is simply not found. It speaks the language of the address
/// that failed (Localization/SiteLanguage.Of).
/// </summary>
public sealed class FehlerModel : PageModel
{
    public int Status =>
        HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? 500
        : HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null && HttpContext.Response.StatusCode is >= 400 and <= 599
            ? HttpContext.Response.StatusCode
            : 404;
}
