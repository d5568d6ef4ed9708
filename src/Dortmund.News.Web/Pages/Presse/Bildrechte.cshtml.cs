using Dortmund.News.Web.PressPhotos;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Presse;

/// <summary>The terms the gallery photos are offered under (<c>PressPhotos</c> settings), linked wherever a photo is downloaded.</summary>
public sealed class BildrechteModel(PressPhotoDownloads downloads) : PageModel
{
    public string License => downloads.DefaultLicense;

    public string Licensor => downloads.Licensor;
}
