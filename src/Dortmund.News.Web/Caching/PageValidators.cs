using System.Security.Cryptography;
using Dortmund.News.Web.EditorPreview;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// The site's one conditional-request mechanism, for every page and generated document (feeds,
/// sitemaps, robots.txt): a strong ETag (a hash of its bytes and encoding), Last-Modified (the
/// endpoint's own when it set one — a feed's newest entry — otherwise when the catalogue last changed),
/// Cache-Control (the endpoint's own, otherwise the page default), an <c>X-Render-Id</c> that is new for
/// every render, and 304 for a matching conditional GET or HEAD. Runs inside the page cache, so the cache
/// stores these headers and answers later conditional requests itself (<see cref="CachedPage"/>, by the
/// same rule: <see cref="ConditionalRequests"/>).
/// </summary>
/// <remarks>
/// Not the framework's file results (<c>Results.Bytes</c> with an entity tag): they validate only what an
/// endpoint computes before writing, and a Razor page's bytes and the encoding chosen around it are known
/// only here.
/// </remarks>
internal sealed class PageValidators(RequestDelegate next, CatalogueVersion state, EditorPreviewMode preview)
{
    /// <summary>Browsers and proxies reuse a page for a minute, then may show it once more while fetching the new one.</summary>
    public const string PageCacheControl = "public, max-age=60, stale-while-revalidate=600";

    /// <summary>The editors' preview is never reused unchecked.</summary>
    public const string PreviewCacheControl = "private, no-cache";

    public const string RenderIdHeader = "X-Render-Id";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!PageRequests.IsPage(http.Request))
        {
            await next(http);
            return;
        }

        var response = http.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            // Endpoints write the whole document for HEAD too (Razor Pages do; generated documents use
            // Results.Text, which does): its ETag and length are those of the GET.
            await next(http);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && PageRequests.IsDocument(response.ContentType))
        {
            var headers = response.Headers;
            var etag = new EntityTagHeaderValue(ETagOf(buffer, PageRequests.Encoding(http.Request)));
            headers.ETag = etag.ToString();
            var lastModified = HeaderUtilities.TryParseDate(headers.LastModified.ToString(), out var own) ? own : state.LastChanged;
            headers.LastModified = HeaderUtilities.FormatDate(lastModified);
            if (string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = preview.IsOn ? PreviewCacheControl : PageCacheControl;
            headers[RenderIdHeader] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            if (ConditionalRequests.IsNotModified(http.Request, etag, lastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        if (HttpMethods.IsHead(http.Request.Method))
            return;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    /// <summary>The representation depends on the compression chosen, so its ETag does too.</summary>
    private static string ETagOf(MemoryStream body, string encoding)
    {
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        var tag = Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return encoding == "identity" ? $"\"{tag}\"" : $"\"{tag}-{encoding}\"";
    }
}
