using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Pages.Artikel;
using Microsoft.AspNetCore.Localization;
using Serilog;

namespace Dortmund.News.Web.Hosting;

internal static class PagesExtensions
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Razor Pages with lowercase URLs and a German UI.</summary>
    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        services.AddRazorPages();
        // German text stays readable in the HTML source instead of becoming &#xFC; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRouting(options => options.LowercaseUrls = true);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(German);
            options.SupportedCultures = [German];
            options.SupportedUICultures = [German];
            options.RequestCultureProviders.Clear();
        });
        return services;
    }

    /// <summary>Error pages and request logging, around everything else (pages answered from the page cache too).</summary>
    public static WebApplication UseSiteErrorsAndLogging(this WebApplication app)
    {
        app.UseExceptionHandler("/fehler/500");
        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        app.UseSerilogRequestLogging();
        return app;
    }

    /// <summary>
    /// What a request the page cache did not answer passes: read-only methods, localization, image
    /// variants, routing (static files are endpoints: MapStaticAssets) and authorization.
    /// </summary>
    public static WebApplication UseSitePipeline(this WebApplication app)
    {
        app.UseReadOnlyMethods();
        app.UseRequestLocalization();
        app.UseImageVariants();
        // Routing after the static files, so the catch-all alias fallback never shadows a real file.
        app.UseRouting();
        // Placed here, after routing, instead of where WebApplication would add them (first of all):
        // a page answered from the cache then skips them and the request's service scope they open
        // (~3 % of the CPU per cached page, measured with perf).
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        // Build-time fingerprinted, precompressed (gzip, Brotli) static files; fingerprinted URLs are immutable for a year.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOriginalImageRedirects();
        // Editors' aliases may be any old path, also file-like ones (/presse/meldung.html): look them up before answering 404.
        app.MapFallback("{*path}", (HttpContext http, ArticleQueries queries) => new AliasRedirect(queries, http.Request.Path.Value!.TrimEnd('/')));
        return app;
    }
}
