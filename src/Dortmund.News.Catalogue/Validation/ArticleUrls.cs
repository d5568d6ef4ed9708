using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// The site paths of article pages, per language (<c>/artikel/&lt;slug&gt;</c> and <c>/en/articles/&lt;slug&gt;</c> on
/// this site: the prefixes are the site's, <see cref="CatalogueSettings.ArticlePathPrefixes"/>), as slugs, aliases and
/// body links name them. A page path is what URL ownership is about: slugs are unique per language, page paths on the site.
/// </summary>
internal sealed class ArticleUrls
{
    private readonly IReadOnlyDictionary<string, string> _prefixes;

    public ArticleUrls(IReadOnlyDictionary<string, string> prefixes) => _prefixes = prefixes;

    /// <summary>German pages under <paramref name="germanPrefix"/>, English ones under <see cref="CatalogueSettings.DefaultEnglishArticlePathPrefix"/>.</summary>
    public ArticleUrls(string germanPrefix)
        : this(new Dictionary<string, string>
        {
            [Languages.German] = germanPrefix, [Languages.English] = CatalogueSettings.DefaultEnglishArticlePathPrefix,
        })
    {
    }

    /// <summary>The path of the article page with this slug in this language.</summary>
    public string Of(string language, string slug) => PrefixOf(language) + slug;

    /// <summary>The path of the article's page.</summary>
    public string Of(Article article) => Of(article.Language, article.Slug);

    /// <summary>The prefix of a language's article pages (the default language's for one the site does not know).</summary>
    public string PrefixOf(string language) =>
        _prefixes.TryGetValue(language, out var prefix) ? prefix : _prefixes[Languages.Default];

    /// <summary>The site path of a link to an article page, without query, fragment or trailing slash; null for other links.</summary>
    public string? LinkedPath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = (end < 0 ? url : url[..end]).TrimEnd('/');
        return _prefixes.Values.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length)
            ? Uri.UnescapeDataString(path)
            : null;
    }
}
