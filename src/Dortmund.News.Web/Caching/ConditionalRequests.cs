using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>Whether a conditional GET may be answered 304 Not Modified: one rule for rendered pages, cached pages and generated feeds.</summary>
internal static class ConditionalRequests
{
    /// <summary>RFC 9110 13.1.3: If-None-Match decides when present; If-Modified-Since only without it (and only with a Last-Modified).</summary>
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } candidates)
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        return headers.IfModifiedSince is { } since && lastModified is { } changed && changed <= since;
    }
}
