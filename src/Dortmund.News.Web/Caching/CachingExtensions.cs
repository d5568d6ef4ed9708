using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Dortmund.News.Web.Caching;

internal static class CachingExtensions
{
    /// <summary>The page cache for pages and feeds (evicted by the sync), Brotli and gzip compression.</summary>
    public static IServiceCollection AddSiteCaching(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueVersion>();
        services.AddSingleton<PageCacheEviction>();
        services.AddHostedService(sp => sp.GetRequiredService<PageCacheEviction>());
        services.AddSingleton<PageCache>();
        services.AddResponseCompression(options =>
        {
            // Pages carry no secrets next to attacker-controlled text (no cookies, no tokens), so BREACH does not apply.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "image/svg+xml"]);
        });
        // Compressed once, then served from the cache many times: worth the better ratio.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// Static files as MapStaticAssets serves them when published (fingerprinted, precompressed, one
    /// year immutable) also when started from the build output in any environment: the precompressed
    /// files of a build live under obj/, which only this maps. A no-op for published output.
    /// </summary>
    public static WebApplicationBuilder AddSiteStaticAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
