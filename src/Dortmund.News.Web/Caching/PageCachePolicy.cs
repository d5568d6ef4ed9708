using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// The output-cache policy of every public page and feed: GET/HEAD, varied by the query keys that
/// change what a page shows (<c>seite</c>, <c>q</c>; others are ignored so they cannot split the
/// cache) and by the negotiated compression, tagged by <see cref="PageCacheTags"/>, stored only for
/// a complete 200 without cookies. Nothing is cached where drafts are shown (the editors' preview).
/// </summary>
internal sealed class PageCachePolicy(Visibility visibility, PageCacheState state, IConfiguration configuration) : IOutputCachePolicy
{
    /// <summary>Set to false to measure or debug rendering without the cache (bench/load.sh does).</summary>
    public const string EnabledKey = "Site:OutputCache";

    private readonly bool _enabled = configuration.GetValue(EnabledKey, defaultValue: true);

    private const string GenerationKey = "Dortmund.News.CacheGeneration";
    private static readonly StringValues QueryKeys = new(["seite", "q"]);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = _enabled && !visibility.ShowDrafts && PageRequests.IsPage(http.Request) && !http.Request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (!attempt)
            return ValueTask.CompletedTask;

        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.CacheVaryByRules.VaryByValues["encoding"] = PageRequests.Encoding(http.Request);
        // Eviction makes entries exact; the lifetime only bounds memory and time-based visibility.
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        http.Items[GenerationKey] = state.Generation;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || !PageRequests.IsDocument(response.ContentType)
            // A sync committed while this page rendered: it may show the old catalogue, so it is not kept.
            || !Equals(http.Items[GenerationKey], state.Generation))
            context.AllowCacheStorage = false;
        // Tagged only when stored: a page answered from the cache needs no tags.
        if (context.AllowCacheStorage)
        {
            foreach (var tag in PageCacheTags.ForPath(http.Request.Path.Value ?? "/"))
                context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }
}
