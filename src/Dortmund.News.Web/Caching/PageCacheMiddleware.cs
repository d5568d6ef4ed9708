using System.Collections.Concurrent;
using Dortmund.News.Catalogue.Queries;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// Answers GET and HEAD for pages and feeds from <see cref="PageCache"/>, and stores what it renders:
/// a complete 200 document without cookies, rendered without a sync in between. Visitors who ask for
/// a page while it renders wait for that render instead of starting their own (a burst right after
/// an eviction renders a page once). Nothing is cached where drafts are shown (the editors' preview)
/// or for requests with credentials.
/// </summary>
/// <remarks>
/// Not ASP.NET Core's output cache: measured on this site's 2 cores, its lookup (a per-key work queue
/// shared by concurrent hits, a cache key string, the entry deserialized per hit) cost 10–20 µs of
/// CPU per cached page, about as much as Kestrel itself (README, Benchmarks).
/// </remarks>
internal sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, PageCacheState state, Visibility visibility, IConfiguration configuration)
{
    /// <summary>Set to false to measure or debug rendering without the cache (bench/load.sh does).</summary>
    public const string EnabledKey = "Site:OutputCache";

    private readonly bool _enabled = configuration.GetValue(EnabledKey, defaultValue: true) && !visibility.ShowDrafts;

    private readonly ConcurrentDictionary<PageKey, Task<CachedPage?>> _rendering = new();

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!_enabled || !PageRequests.IsPage(request) || request.Headers.ContainsKey(HeaderNames.Authorization))
            return next(http);
        var key = PageKey.For(request);
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
                await RenderAsync(http, key); // it could not be stored (an error page, say): render it here too
            return;
        }

        CachedPage? page = null;
        try
        {
            page = await RenderAsync(http, key);
        }
        finally
        {
            rendering.SetResult(page);
            _rendering.TryRemove(KeyValuePair.Create(key, rendering.Task));
        }
    }

    /// <summary>Renders the page to the visitor, and stores it if it may be reused.</summary>
    private async Task<CachedPage?> RenderAsync(HttpContext http, PageKey key)
    {
        var generation = state.Generation;
        var response = http.Response;
        KeyValuePair<string, StringValues>[]? headers = null;
        // The headers as rendered, before the security headers (set on every response) and Kestrel's own.
        response.OnStarting(() =>
        {
            headers = response.Headers.ToArray();
            return Task.CompletedTask;
        });
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

        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || !PageRequests.IsDocument(response.ContentType)
            || http.RequestAborted.IsCancellationRequested
            // A sync committed while this page rendered: it may show the old catalogue, so it is not kept.
            || state.Generation != generation)
            return null;
        headers ??= response.Headers.ToArray(); // an empty body: the response has not started yet
        if (capture.Body is not { } body || response.ContentLength is { } length && length != body.Length)
            return null;

        var page = cache.Create(headers, body, [.. PageCacheTags.ForPath(key.Path)]);
        cache.Store(key, page);
        // An eviction between the check above and the store would have missed this page.
        if (state.Generation == generation)
            return page;
        cache.Remove(key, page);
        return null;
    }
}
