using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Discovery;

/// <summary>Absolute URLs, all from one origin: <c>Site:BaseUrl</c>, or the request's when that is not set.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    private readonly Uri? _configured = Parse(options.Value.BaseUrl);

    /// <summary>Whether the origin is each request's (no <c>Site:BaseUrl</c>): pages then differ by scheme and host.</summary>
    public bool FromRequest => _configured is null;

    /// <summary>
    /// <c>Site:BaseUrl</c> with a trailing slash, or null when not set: for what is made once for every visitor
    /// (the rights inside photo downloads), which no request's host may decide.
    /// </summary>
    public Uri? Configured => _configured;

    /// <summary>The origin (and base path, if the site lives below one) with a trailing slash.</summary>
    public Uri Base(HttpRequest request) =>
        _configured ?? new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/");

    /// <summary>The absolute URL of a site path such as <c>/artikel/x</c>.</summary>
    public string Absolute(HttpRequest request, string path) => new Uri(Base(request), path.TrimStart('/')).AbsoluteUri;

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new InvalidOperationException($"Site:BaseUrl must be an absolute http(s) URL, not '{value}'.");
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
