using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Embargo;

/// <summary>
/// What every answer behind an embargo link carries: no cache may keep it (the page cache skips <c>/vorab/</c>, and
/// proxies honour <c>private, no-store</c>), and no search engine may index it.
/// </summary>
internal static class EmbargoResponse
{
    public const string CacheControl = "private, no-store";

    public static void Mark(HttpResponse response)
    {
        response.Headers[HeaderNames.CacheControl] = CacheControl;
        response.Headers["X-Robots-Tag"] = "noindex";
    }
}
