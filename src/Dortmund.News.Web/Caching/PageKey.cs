using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// What a cached page is looked up by: the path (case-sensitive: /artikel/X and /artikel/x are
/// different pages), the query values that change what a page shows (<c>seite</c>, <c>q</c>; other
/// keys cannot split the cache) and the compression the client gets. GET and HEAD share an entry.
/// </summary>
internal readonly record struct PageKey(string Path, StringValues PageNumber, StringValues SearchQuery, string Encoding)
{
    public static PageKey For(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var encoding = PageRequests.Encoding(request);
        if (!request.QueryString.HasValue)
            return new PageKey(path, default, default, encoding);
        var query = request.Query;
        return new PageKey(path, query["seite"], query["q"], encoding);
    }
}
