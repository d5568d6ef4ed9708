using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Hosting;

/// <summary>
/// HSTS when a proxy terminates TLS (<c>Site:HttpsRedirection=false</c>). Requests then arrive as plain HTTP
/// from the proxy, and ASP.NET's <c>UseHsts</c> sends nothing on those (nor for localhost), whether or not
/// forwarded headers are trusted. So the header goes on every response: the proxy passes it on over HTTPS,
/// and a browser ignores it on a plain-HTTP response (RFC 6797 §8.1), so it can never pin a host without TLS.
/// </summary>
internal static class HstsBehindProxy
{
    public static WebApplication UseHstsBehindProxy(this WebApplication app)
    {
        var value = HeaderValue(app.Services.GetRequiredService<IOptions<HstsOptions>>().Value);
        app.Use((http, next) =>
        {
            // Set when the response starts: the exception handler clears headers set earlier.
            http.Response.OnStarting(static state =>
            {
                var (response, header) = ((HttpResponse, string))state;
                response.Headers.StrictTransportSecurity = header;
                return Task.CompletedTask;
            }, (http.Response, value));
            return next(http);
        });
        return app;
    }

    /// <summary>The header as ASP.NET's HSTS middleware writes it from the same options.</summary>
    internal static string HeaderValue(HstsOptions options) =>
        "max-age=" + ((long)options.MaxAge.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (options.IncludeSubDomains ? "; includeSubDomains" : "")
        + (options.Preload ? "; preload" : "");
}
