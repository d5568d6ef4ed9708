using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages;

/// <summary>
/// The error page for any status code; the details of a 500 stay in the log. It has no handler
/// method on purpose: it is re-executed with the failed request's method (HEAD, OPTIONS, …) and
/// must render for all of them. Visited directly, it is simply not found.
/// </summary>
public sealed class FehlerModel : PageModel
{
    public int Status =>
        HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? 500
        : HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null && HttpContext.Response.StatusCode is >= 400 and <= 599
            ? HttpContext.Response.StatusCode
            : 404;

    public string Heading => Status switch
    {
        404 => "Seite nicht gefunden",
        400 => "Ungültige Anfrage",
        405 => "Methode nicht erlaubt",
        >= 500 => "Ein Fehler ist aufgetreten",
        _ => "Anfrage nicht möglich",
    };

    public string Explanation => Status switch
    {
        404 => "Die angeforderte Seite gibt es nicht (mehr). Vielleicht finden Sie, was Sie suchen, unter Aktuelles.",
        400 => "Die Adresse enthält ungültige Angaben.",
        405 => "Diese Seite kann nur gelesen werden.",
        >= 500 => "Bitte versuchen Sie es später noch einmal. Der Fehler wurde protokolliert.",
        _ => "Diese Anfrage kann nicht bearbeitet werden.",
    };
}
