using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>Which requests are for pages and feeds (cached, validated) rather than files, images or probes.</summary>
internal static class PageRequests
{
    // Pages, feeds and sitemaps, robots.txt, the contacts' vCards and the calendars.
    private static readonly HashSet<string> DocumentExtensions =
        new(StringComparer.OrdinalIgnoreCase) { "", ".xml", ".txt", SiteRoutes.ContactCardExtension, ".ics" };

    // An embargo link's page is for its holders alone: never stored, however it answers.
    private static readonly string[] NeverCached =
        [SiteRoutes.Liveness, SiteRoutes.Readiness, SiteRoutes.OriginalImages + "/", SiteRoutes.ErrorPrefix, SiteRoutes.EmbargoPrefix];

    public static bool IsPage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            return false;
        var path = request.Path.Value ?? "/";
        foreach (var prefix in NeverCached)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return DocumentExtensions.Contains(Path.GetExtension(path));
    }

    /// <summary>Types of documents worth caching, validating and compressing.</summary>
    public static bool IsDocument(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/rss+xml", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the response says no cache may keep it (<c>no-store</c> or <c>private</c>): the page cache keeps it neither.</summary>
    public static bool ForbidsStoring(HttpResponse response) =>
        CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl) && (cacheControl.NoStore || cacheControl.Private);

    /// <summary>
    /// The encoding a response gets (RFC 9110 12.5.3: the highest quality, Brotli on a tie; <c>*</c> only
    /// for codings not named; q=0 is "not acceptable"), one of three values so the cache keeps at most
    /// three copies of a page however clients spell Accept-Encoding. Compression is told the same.
    /// </summary>
    public static string Encoding(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var codings))
            return "identity";
        var brotli = Quality(codings, "br");
        var gzip = Quality(codings, "gzip");
        return brotli > 0 && brotli >= gzip ? "br" : gzip > 0 ? "gzip" : "identity";
    }

    private static double Quality(IList<StringWithQualityHeaderValue> codings, string coding)
    {
        var named = codings.FirstOrDefault(c => c.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                    ?? codings.FirstOrDefault(c => c.Value.Equals("*", StringComparison.Ordinal));
        return named is null ? 0 : named.Quality ?? 1;
    }
}
