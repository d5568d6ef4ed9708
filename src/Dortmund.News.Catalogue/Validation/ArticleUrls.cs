namespace Dortmund.News.Catalogue.Validation;

/// <summary>The site paths of article pages (<c>/artikel/&lt;slug&gt;</c>), as slugs, aliases and body links name them.</summary>
internal static class ArticleUrls
{
    public const string ArticlePrefix = "/artikel/";

    /// <summary>The path of the article page with this slug.</summary>
    public static string Of(string slug) => ArticlePrefix + slug;

    /// <summary>The slug an article page path names, or null for any other path.</summary>
    public static string? SlugOf(string path) =>
        path.StartsWith(ArticlePrefix, StringComparison.Ordinal) ? path[ArticlePrefix.Length..] : null;

    /// <summary>The site path of a link to an article page, without query, fragment or trailing slash; null for other links.</summary>
    public static string? LinkedPath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = (end < 0 ? url : url[..end]).TrimEnd('/');
        return path.StartsWith(ArticlePrefix, StringComparison.Ordinal) && path.Length > ArticlePrefix.Length
            ? Uri.UnescapeDataString(path)
            : null;
    }
}
