using Dortmund.News.Web.Caching;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.Hosting;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Security;
using Microsoft.Extensions.Options;
using Serilog;

namespace Dortmund.News.Web;

/// <summary>
/// Every middleware a request passes, in the order it passes them; the endpoints (pages, feeds, health, the
/// alias fallback) come after the last. The order is what matters here: the page cache answers before
/// routing, and compression and validators run inside it, so it stores what they make.
/// </summary>
internal static class RequestPipeline
{
    public static WebApplication UseRequestPipeline(this WebApplication app)
    {
        // Behind a reverse proxy (Site:ForwardedHeaders), first: every later step — HTTPS redirection, the page
        // cache's key, absolute URLs, the request log — must see the visitor's scheme, host and address.
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ForwardedHeaders)
            app.UseForwardedHeaders();

        // Security headers, set as each response starts: on error pages, files and cached pages alike.
        app.UseSecurityHeaders();

        // In Production HSTS and a redirect to HTTPS, unless a proxy terminates TLS (it redirects itself):
        // before anything is answered over plain HTTP.
        if (app.RedirectsToHttps())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // The error page for an exception, and for a 4xx or 5xx without a body: around everything below,
        // pages from the cache included.
        app.UseExceptionHandler(SiteRoutes.ErrorPrefix + "500");
        app.UseStatusCodePagesWithReExecute(SiteRoutes.ErrorPrefix + "{0}");

        // One log line per request, also for pages the cache answers: at Debug while it is fast and fine (not
        // written as shipped: a line per request costs more than serving a cached page), at Warning when slow,
        // at Error for a server error (docs/operations.md).
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel.Of);

        // The page cache, before localization and routing: a cached page needs neither, and a burst of
        // visitors to one press release is mostly cache hits.
        app.UseMiddleware<PageCacheMiddleware>();

        // The public site is read-only: anything but GET, HEAD and OPTIONS is a 405 before any page runs.
        app.UseReadOnlyMethods();

        // The page's language from its path (German, or English under /en/): its UI text, dates and numbers.
        app.UseRequestLocalization();

        // The resized images (/bilder/…) as files, before routing, so the catch-all alias fallback never
        // shadows one. Other static files are endpoints (MapStaticAssets).
        app.UseImageVariants();

        // Chooses the endpoint, so the steps below know which one will answer.
        app.UseRouting();

        // Here, after routing, rather than where WebApplication would add them (first of all): a page from the
        // cache skips them and the request's service scope they open (docs/performance.md).
        app.UseAuthentication();
        app.UseAuthorization();

        // Compression is told the one encoding the cache keyed the request by (PageRequests.Encoding): left to
        // itself it reads * as "any", even past br;q=0, and a page stored for such a request would reach
        // visitors who cannot decode it.
        app.Use((http, next) =>
        {
            http.Request.Headers.AcceptEncoding = PageRequests.Encoding(http.Request);
            return next(http);
        });

        // Compression inside the page cache, so the cache keeps the compressed bytes.
        app.UseResponseCompression();

        // ETag, Last-Modified and Cache-Control computed on the page itself, inside the cache so they are
        // stored with it; a matching conditional GET is answered with 304.
        app.UseMiddleware<PageValidators>();

        return app;
    }
}
