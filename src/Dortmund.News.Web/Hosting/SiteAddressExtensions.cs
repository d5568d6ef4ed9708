using System.Net;
using Dortmund.News.Web.Discovery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Hosting;

internal static class SiteAddressExtensions
{
    /// <summary>The <c>Site</c> settings (base URL, name, proxies), absolute URLs, and the forwarded-headers options they imply.</summary>
    public static IServiceCollection AddSiteAddress(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        services.AddSingleton<SiteUrls>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((forwarded, site) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (site.Value.KnownProxies.Count == 0)
                return; // ASP.NET's default: loopback only
            // The configured proxies replace the default: a list without loopback does not trust loopback.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (site.Value.KnownProxies.Contains("*"))
                return;
            foreach (var proxy in site.Value.KnownProxies)
            {
                if (proxy.Contains('/'))
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    /// <summary>
    /// Absolute URLs take their origin from <c>Site:BaseUrl</c>, else from each request's scheme and host (behind
    /// a reverse proxy from its headers, <see cref="RequestPipeline"/>). Production without a base URL is said at
    /// startup: it works, but pages are cached per host then.
    /// </summary>
    public static WebApplication WarnWithoutBaseUrl(this WebApplication app)
    {
        if (app.Services.GetRequiredService<SiteUrls>().FromRequest && app.Environment.IsProduction())
            app.Logger.LogWarning("Site:BaseUrl is not set: absolute URLs (feeds, sitemaps, canonical links) follow each request's host, " +
                                  "and pages are cached once per host. Set it to the public address, e.g. Site__BaseUrl=https://dortmund.news");
        return app;
    }
}
