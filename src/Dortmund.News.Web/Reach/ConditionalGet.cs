using System.Security.Cryptography;
using Dortmund.News.Web.Caching;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Reach;

/// <summary>
/// Answers a generated document with an ETag (a hash of its bytes) and Last-Modified, or with
/// 304 Not Modified when the client already has it: feed readers poll often, and most polls change nothing.
/// </summary>
public static class ConditionalGet
{
    public static IResult Respond(HttpContext http, byte[] body, string contentType, DateTime? lastModifiedUtc)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"");
        var response = http.Response.GetTypedHeaders();
        response.ETag = etag;
        DateTimeOffset? lastModified = lastModifiedUtc is { } utc
            ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond))
            : null;
        if (lastModified is not null)
            response.LastModified = lastModified;
        response.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        return ConditionalRequests.IsNotModified(http.Request, etag, lastModified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, contentType);
    }
}
