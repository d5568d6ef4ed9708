using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// A page or feed as it was rendered — its headers (less those each response gets anew), body bytes
/// and tags — and how it answers the next visitor: the same 200, or a 304 when they already have it.
/// </summary>
internal sealed class CachedPage
{
    // Kestrel writes these per response; Content-Length is set from the stored body.
    private static readonly HashSet<string> PerResponse = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.SetCookie,
    };

    // RFC 9110 15.4.5: what a 304 repeats of the 200 it stands for.
    private static readonly HashSet<string> In304 = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.CacheControl, HeaderNames.ContentLocation, HeaderNames.ETag, HeaderNames.Expires, HeaderNames.Vary, HeaderNames.LastModified,
    };

    private readonly KeyValuePair<string, StringValues>[] _headers;
    private readonly KeyValuePair<string, StringValues>[] _headersIn304;
    private readonly EntityTagHeaderValue? _etag;
    private readonly DateTimeOffset? _lastModified;

    public CachedPage(IEnumerable<KeyValuePair<string, StringValues>> headers, byte[] body, string[] tags, long storedAt, long expiresAt)
    {
        _headers = headers.Where(h => !PerResponse.Contains(h.Key)).ToArray();
        _headersIn304 = _headers.Where(h => In304.Contains(h.Key)).ToArray();
        _etag = EntityTagHeaderValue.TryParse(Find(HeaderNames.ETag), out var etag) ? etag : null;
        _lastModified = HeaderUtilities.TryParseDate(Find(HeaderNames.LastModified), out var lastModified) ? lastModified : null;
        Body = body;
        Tags = tags;
        ExpiresAt = expiresAt;
        LastUsed = storedAt;
        _contentSize = body.Length + _headers.Sum(h => h.Key.Length + h.Value.ToString().Length) * sizeof(char)
                       + tags.Sum(t => t.Length) * sizeof(char);
    }

    /// <summary>Where it is stored: the key it was rendered for, less the query values it did not read.</summary>
    public required PageKey Key { get; init; }

    /// <summary>Whether the page read <c>?seite=</c> (and so differs by it).</summary>
    public bool ReadsPageNumber { get; init; }

    /// <summary>Whether the page read <c>?q=</c> (and so differs by it).</summary>
    public bool ReadsSearchText { get; init; }

    public byte[] Body { get; }

    /// <summary>What the page is about (<see cref="PageCacheTags"/>): evicting a tag removes it.</summary>
    public string[] Tags { get; }

    /// <summary>Timestamps (<see cref="TimeProvider.GetTimestamp"/>): when it is dropped, when it was last served.</summary>
    public long ExpiresAt { get; }
    public long LastUsed { get; set; }

    /// <summary>Bytes it holds — body, headers, key and the objects around them — counted against the cache's budget.</summary>
    public long Size => _contentSize + Key.Length * sizeof(char) + EntryOverhead;

    // The entry's objects and arrays and its dictionary node, roughly: what a page with a tiny body still costs.
    private const int EntryOverhead = 512;

    private readonly long _contentSize;

    public Task ServeAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        var headers = response.Headers;
        if (IsNotModified(request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in _headersIn304)
                headers[name] = value;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in _headers)
            headers[name] = value;
        headers.ContentLength = Body.Length;
        // No cancellation token: asking for RequestAborted costs Kestrel a token source per request, and
        // a write to a visitor who left ends by itself.
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : WriteBodyAsync(response);
    }

    private string Find(string header) =>
        _headers.FirstOrDefault(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase)).Value.ToString();

    private async Task WriteBodyAsync(HttpResponse response) => await response.BodyWriter.WriteAsync(Body);

    private bool IsNotModified(HttpRequest request) =>
        (request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0)
        && _etag is not null && _lastModified is { } lastModified
        && ConditionalRequests.IsNotModified(request, _etag, lastModified);
}
