namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// The site paths of article pages (<c>/artikel/&lt;slug&gt;</c> on this site: the prefix is the site's,
/// <see cref="CatalogueSettings.ArticlePathPrefix"/>), as slugs, aliases and body links name them.
/// </summary>
internal sealed class ArticleUrls(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>The path of the article page with this slug.</summary>
    public string Of(string slug) => Prefix + slug;

    /// <summary>The slug an article page path names, or null for any other path.</summary>
    public string? SlugOf(string path) =>
        path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : null;

    /// <summary>The site path of a link to an article page, without query, fragment or trailing slash; null for other links.</summary>
    public string? LinkedPath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = (end < 0 ? url : url[..end]).TrimEnd('/');
        return path.StartsWith(Prefix, StringComparison.Ordinal) && path.Length > Prefix.Length
            ? Uri.UnescapeDataString(path)
            : null;
    }
}
