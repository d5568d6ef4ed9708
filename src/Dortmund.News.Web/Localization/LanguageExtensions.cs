using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Localization;

internal static class LanguageExtensions
{
    /// <summary>Each page class routed at its English address too; the page's German address is its <c>@page</c>.</summary>
    private static readonly (string Page, string Route)[] EnglishPages =
    [
        ("/Index", SiteRoutes.English.Root),
        ("/Artikel/Details", SiteRoutes.English.Article),
        ("/Autoren/Details", SiteRoutes.English.Author),
        ("/Rubrik/Details", SiteRoutes.English.Category),
        ("/Themen/Index", SiteRoutes.English.Tags),
        ("/Themen/Details", SiteRoutes.English.Tag),
        ("/Archiv/Index", SiteRoutes.English.Archive),
        ("/Archiv/Zeitraum", SiteRoutes.English.ArchivePeriod),
        ("/Suche/Index", SiteRoutes.English.Search),
        ("/Presse/Index", SiteRoutes.English.Press),
        ("/Presse/Bildrechte", SiteRoutes.English.PhotoTerms),
        ("/Termine/Index", SiteRoutes.English.Events),
        ("/Termine/Vergangen", SiteRoutes.English.PastEvents),
    ];

    /// <summary>German and English pages: UI text from <see cref="SiteText"/>'s resources, the culture from the path only.</summary>
    public static IServiceCollection AddSiteLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SiteLanguage.German.Culture);
            options.SupportedCultures = [.. SiteLanguage.All.Select(l => l.Culture)];
            options.SupportedUICultures = [.. SiteLanguage.All.Select(l => l.Culture)];
            // Not the defaults (query string, cookie, Accept-Language): what a visitor sends must not choose the language.
            options.RequestCultureProviders = [new PathLanguage()];
        });
        services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var (page, route) in EnglishPages)
                options.Conventions.AddPageRoute(page, route);
        });
        return services;
    }
}
