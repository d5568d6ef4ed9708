using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dortmund.News.Web.Localization;

/// <summary>
/// The header's link to the other language: the page's translation, or — when it has none, which the header then
/// says — that language's home page.
/// </summary>
public sealed record LanguageSwitch(SiteLanguage Language, string Path, bool Translated)
{
    public static LanguageSwitch For(ViewDataDictionary viewData, HttpContext http)
    {
        var other = SiteLanguage.Current.Other;
        // An error page has no versions of its own: a missing page's translation is not known to exist.
        var versions = http.Response.StatusCode >= 400 ? [] : PageVersions.Of(viewData, http.Request.Path.Value ?? "/");
        return versions.FirstOrDefault(v => v.Language == other) is { } translation
            ? new LanguageSwitch(other, translation.Path, Translated: true)
            : new LanguageSwitch(other, other.Routes.Home, Translated: false);
    }
}
