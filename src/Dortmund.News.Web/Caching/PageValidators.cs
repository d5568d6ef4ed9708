using System.Security.Cryptography;
using Dortmund.News.Web.EditorPreview;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// Gives every page and feed a strong ETag (a hash of its bytes and encoding), Last-Modified (when
/// the catalogue last changed), Cache-Control, and an <c>X-Render-Id</c> that is new for every
/// render, and answers a matching conditional GET with 304. Runs inside the page cache, so the
/// cache stores these headers and answers later conditional GETs itself.
/// </summary>
internal sealed class PageValidators(RequestDelegate next, PageCacheState state, EditorPreviewMode preview)
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
            await next(http);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && PageRequests.IsDocument(response.ContentType))
        {
            var headers = response.Headers;
            // An endpoint's own ETag (feeds compute theirs) is kept; either way it names the encoding too.
            var encoding = PageRequests.Encoding(http.Request);
            var etag = new EntityTagHeaderValue(EntityTagHeaderValue.TryParse(headers.ETag.ToString(), out var own) && !own.IsWeak
                ? WithEncoding(own.Tag.ToString(), encoding)
                : ETagOf(buffer, encoding));
            headers.ETag = etag.ToString();
            if (string.IsNullOrEmpty(headers.LastModified))
                headers.LastModified = HeaderUtilities.FormatDate(state.LastChanged);
            if (string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = preview.IsOn ? PreviewCacheControl : PageCacheControl;
            headers[RenderIdHeader] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            if (ConditionalRequests.IsNotModified(http.Request, etag, state.LastChanged))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    /// <summary>The representation depends on the compression chosen, so its ETag does too.</summary>
    private static string ETagOf(MemoryStream body, string encoding)
    {
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        var tag = Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return WithEncoding($"\"{tag}\"", encoding);
    }

    private static string WithEncoding(string quotedTag, string encoding) =>
        encoding == "identity" ? quotedTag : quotedTag[..^1] + "-" + encoding + "\"";
}
