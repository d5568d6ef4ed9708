using System.Collections.Concurrent;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.EditorPreview;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Paging;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// Answers GET and HEAD for pages and feeds from <see cref="PageCache"/>, and stores what it renders:
/// a complete 200 document without cookies, rendered without a sync in between. Visitors who ask for
/// a page while it renders wait for that render instead of starting their own (a burst right after
/// an eviction renders a page once); the render goes into memory first, so they never wait for the
/// first visitor's connection. Nothing is cached in the editors' preview, which shows drafts,
/// or for requests with credentials.
/// </summary>
/// <remarks>
/// Not ASP.NET Core's output cache, whose lookup (a per-key work queue shared by concurrent hits, a
/// cache key string, the entry deserialized per hit) costs more CPU per cached page than this
/// dictionary lookup (the comparison is in docs/performance.md).
/// </remarks>
internal sealed class PageCacheMiddleware(
    RequestDelegate next, PageCache cache, CatalogueVersion state, EditorPreviewMode preview, IConfiguration configuration, SiteUrls urls)
{
    /// <summary>Set to false to measure or debug rendering without the cache (bench/load.sh does).</summary>
    public const string EnabledKey = "Site:PageCache";

    private readonly bool _enabled = configuration.GetValue(EnabledKey, defaultValue: true) && !preview.IsOn;

    private readonly ConcurrentDictionary<PageKey, Task<CachedPage?>> _rendering = new();

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!_enabled || !PageRequests.IsPage(request) || request.Headers.ContainsKey(HeaderNames.Authorization))
            return next(http);
        var key = PageKey.For(request, keyedByOrigin: urls.FromRequest);
        if (cache.TryGet(key, out var page))
            return page.ServeAsync(http);
        return HttpMethods.IsGet(request.Method) ? RenderOnceAsync(http, key) : next(http);
    }

    private async Task RenderOnceAsync(HttpContext http, PageKey key)
    {
        var rendering = new TaskCompletionSource<CachedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = _rendering.GetOrAdd(key, rendering.Task);
        if (current != rendering.Task)
        {
            if (await current.WaitAsync(http.RequestAborted) is { } rendered)
                await rendered.ServeAsync(http);
            else
                await RenderAsync(http, key, rendered: null); // it could not be stored (an error page, say): render it here too
            return;
        }

        try
        {
            // A render that finished between this visitor's cache miss and its turn has stored the page already.
            if (cache.TryGet(key, out var stored))
            {
                rendering.TrySetResult(stored);
                await stored.ServeAsync(http);
                return;
            }

            await RenderAsync(http, key, rendering);
        }
        finally
        {
            rendering.TrySetResult(null); // the render failed before it was complete
            _rendering.TryRemove(KeyValuePair.Create(key, rendering.Task));
        }
    }

    /// <summary>
    /// Renders the page into memory, stores it if it may be reused, hands it to the visitors waiting
    /// for it (<paramref name="rendered"/>), and only then sends it to this visitor, whose connection
    /// may be slow.
    /// </summary>
    private async Task RenderAsync(HttpContext http, PageKey key, TaskCompletionSource<CachedPage?>? rendered)
    {
        var generation = state.Generation;
        var response = http.Response;
        var original = response.Body;
        var capture = new PageCapture(original);
        response.Body = capture;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = original;
        }

        var page = Store(http, key, capture, generation);
        rendered?.TrySetResult(page);
        if (page is not null && !response.HasStarted)
            response.ContentLength = page.Body.Length;
        await capture.SendAsync(http.RequestAborted);
    }

    /// <summary>Stores the page just rendered if it may be reused; returns it, or null.</summary>
    private CachedPage? Store(HttpContext http, PageKey key, PageCapture capture, long generation)
    {
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.HasStarted
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || !PageRequests.IsDocument(response.ContentType)
            || PageRequests.ForbidsStoring(response)
            // Only for requests that accept exactly this encoding: identity never receives br or gzip.
            || (StringValues.IsNullOrEmpty(response.Headers.ContentEncoding) ? "identity" : response.Headers.ContentEncoding.ToString()) != key.Encoding
            || http.RequestAborted.IsCancellationRequested
            // A sync committed while this page rendered: it may show the old catalogue, so it is not kept.
            || state.Generation != generation)
            return null;
        if (capture.Body is not { } body || response.ContentLength is { } length && length != body.Length)
            return null;

        var read = http.Features.Get<PageQuery>();
        var page = cache.Create(key, response.Headers, body, [.. PageCacheTags.ForPath(key.Path)],
            readsPageNumber: read?.PageNumberRead is not null, readsSearchText: read?.SearchTextRead is not null);
        cache.Store(page);
        // An eviction between the check above and the store would have missed this page.
        if (state.Generation == generation)
            return page;
        cache.Remove(page);
        return null;
    }
}
