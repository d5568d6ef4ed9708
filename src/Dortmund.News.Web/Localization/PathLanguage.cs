using Microsoft.AspNetCore.Localization;

namespace Dortmund.News.Web.Localization;

/// <summary>
/// The request culture from the path alone (<see cref="SiteLanguage.Of"/>). It is the only provider: no
/// Accept-Language, cookie or <c>?culture=</c> may change what a cached page says to the next visitor.
/// </summary>
internal sealed class PathLanguage : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = SiteLanguage.Of(httpContext).Culture.Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
