using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Security;

internal static class SecurityExtensions
{
    /// <summary>Turn off (false) behind a proxy that terminates TLS and redirects itself.</summary>
    public const string HttpsRedirectionKey = "Site:HttpsRedirection";

    /// <summary>Seconds a browser keeps to HTTPS after seeing HSTS; 0 tells browsers to forget it.</summary>
    public const string HstsMaxAgeKey = "Site:HstsMaxAge";

    public static readonly TimeSpan DefaultHstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>
    /// Scripts, styles, images and fonts only from this site's own files: no inline script or style,
    /// no third-party hosts, no plugins, no framing. JSON-LD blocks are data, not script, and pass.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IServiceCollection AddSiteSecurity(this IServiceCollection services)
    {
        services.AddOptions<HstsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.MaxAge = configuration.GetValue<long?>(HstsMaxAgeKey) is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : DefaultHstsMaxAge;
            options.IncludeSubDomains = false;
        });
        // No "Server: Kestrel" on every response: it tells a visitor nothing and a scanner what to try.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// Whether the site sends HSTS and redirects to HTTPS itself: in Production, unless switched off because a
    /// proxy terminates TLS (it redirects itself).
    /// </summary>
    public static bool RedirectsToHttps(this WebApplication app) =>
        app.Environment.IsProduction() && app.Configuration.GetValue(HttpsRedirectionKey, defaultValue: true);

    /// <summary>
    /// Security headers on every response (errors and files included); in Production without
    /// <see cref="RedirectsToHttps"/> (a proxy terminates TLS) HSTS among them.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Behind a proxy that terminates TLS, requests arrive as plain HTTP, on which ASP.NET's UseHsts sends
        // nothing (nor for localhost). So HSTS goes on every response: the proxy passes it on over HTTPS, and a
        // browser ignores it on a plain-HTTP response (RFC 6797 §8.1), so it never pins a host without TLS.
        var hstsBehindProxy = app.Environment.IsProduction() && !app.RedirectsToHttps() ? HstsHeader(app.Services.GetRequiredService<IOptions<HstsOptions>>().Value) : null;
        // One callback for the whole site, given the response as its state: no allocation per request.
        Func<object, Task> setHeaders = state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (hstsBehindProxy is not null)
                headers.StrictTransportSecurity = hstsBehindProxy;
            return Task.CompletedTask;
        };
        app.Use((http, next) =>
        {
            // Set when the response starts: the exception handler clears headers set earlier.
            http.Response.OnStarting(setHeaders, http.Response);
            return next(http);
        });
        return app;
    }

    /// <summary>The header as ASP.NET's HSTS middleware writes it from the same options.</summary>
    private static string HstsHeader(HstsOptions options) =>
        "max-age=" + ((long)options.MaxAge.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (options.IncludeSubDomains ? "; includeSubDomains" : "")
        + (options.Preload ? "; preload" : "");
}
