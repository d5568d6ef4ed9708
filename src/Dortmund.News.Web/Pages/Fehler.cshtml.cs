using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages;

/// <summary>The error page for any status code; the details of a 500 stay in the log.</summary>
public sealed class FehlerModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int code) => Status = code is >= 400 and <= 599 ? code : 500;

    public void OnPost(int code) => OnGet(code);

    public string Heading => Status switch
    {
        404 => "Seite nicht gefunden",
        400 => "Ungültige Anfrage",
        >= 500 => "Ein Fehler ist aufgetreten",
        _ => "Anfrage nicht möglich",
    };

    public string Explanation => Status switch
    {
        404 => "Die angeforderte Seite gibt es nicht (mehr). Vielleicht finden Sie, was Sie suchen, unter Aktuelles.",
        400 => "Die Adresse enthält ungültige Angaben.",
        >= 500 => "Bitte versuchen Sie es später noch einmal. Der Fehler wurde protokolliert.",
        _ => "Diese Anfrage kann nicht bearbeitet werden.",
    };
}
