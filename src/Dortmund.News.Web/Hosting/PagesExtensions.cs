using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Pages.Artikel;
using Microsoft.Extensions.WebEncoders;

namespace Dortmund.News.Web.Hosting;

internal static class PagesExtensions
{
    /// <summary>Razor Pages with lowercase URLs (their languages: Localization/LanguageExtensions).</summary>
    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        services.AddRazorPages();
        // German text stays readable in the HTML source instead of becoming &#xFC; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRouting(options => options.LowercaseUrls = true);
        return services;
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
