using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Paging;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// What a cached page is looked up by: the origin when absolute URLs are taken from the request
/// (no <c>Site:BaseUrl</c>), the path (case-sensitive: /artikel/X and /artikel/x are different pages),
/// the query values a page can depend on in the form pages read them (<see cref="PageQuery"/>: page
/// number 1 when absent, search text trimmed and cut; no other query key) and the compression the
/// client gets. GET and HEAD share an entry.
/// </summary>
internal readonly record struct PageKey(string? Scheme, string? Host, string Path, int PageNumber, string? SearchText, string Encoding)
{
    /// <param name="request">The request.</param>
    /// <param name="keyedByOrigin">Whether pages depend on the request's scheme and host (no <c>Site:BaseUrl</c>).</param>
    public static PageKey For(HttpRequest request, bool keyedByOrigin)
    {
        // Scheme and host as the request has them (no string built per request): spellings of one host are kept apart.
        var (scheme, host) = keyedByOrigin ? (request.Scheme, request.Host.Value ?? "") : (null, null);
        var path = request.Path.Value ?? "/";
        var encoding = PageRequests.Encoding(request);
        if (!request.QueryString.HasValue)
            return new PageKey(scheme, host, path, 1, null, encoding);
        var query = request.Query;
        return new PageKey(scheme, host, path, PageQuery.PageNumberOf(query[PageQuery.PageNumberKey]),
            PageQuery.SearchTextOf(query[PageQuery.SearchTextKey]), encoding);
    }

    /// <summary>This key for a page that did not read the page number.</summary>
    public PageKey WithoutPageNumber => this with { PageNumber = 1 };

    /// <summary>This key for a page that did not read the search text.</summary>
    public PageKey WithoutSearchText => this with { SearchText = null };

    /// <summary>Characters it holds, for the cache's size accounting.</summary>
    public int Length => (Host?.Length ?? 0) + Path.Length + (SearchText?.Length ?? 0) + Encoding.Length;
}
