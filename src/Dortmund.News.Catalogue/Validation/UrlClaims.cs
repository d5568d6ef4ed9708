using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// Which article owns which URL: slugs (<c>/artikel/&lt;slug&gt;</c>) and aliases, each with the file
/// that claims it. The validator starts empty; the sync starts with the articles it keeps.
/// </summary>
internal sealed class UrlClaims
{
    public const string ArticlePrefix = "/artikel/";

    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Records what an article already published owns, without checking.</summary>
    public void Keep(string slug, string sourcePath) => _slugs[slug] = sourcePath;

    /// <summary>Records an alias (or earlier slug) an article already published owns, without checking.</summary>
    public void KeepAlias(string path, string sourcePath) => _aliases[path] = sourcePath;

    /// <summary>The file owning an alias path, if any.</summary>
    public string? AliasOwner(string path) => _aliases.GetValueOrDefault(path);

    /// <summary>
    /// Claims the article's slug and aliases. On a collision the file fails at the line of its
    /// <c>slug:</c> (or title) or of the alias, naming the other file, and nothing is claimed.
    /// </summary>
    public bool TryClaim(ParsedFile file)
    {
        var article = file.Article!;
        var url = ArticlePrefix + article.Slug;
        if (_slugs.TryGetValue(article.Slug, out var owner))
        {
            file.Fail(Rules.DuplicateSlug, article.SlugAt.Line, article.SlugAt.Column,
                $"slug '{article.Slug}' is already used by {owner}: set a different 'slug:' in one of the two files");
            return false;
        }

        if (_aliases.TryGetValue(url, out var aliasOwner))
        {
            file.Fail(Rules.AliasCollision, article.SlugAt.Line, article.SlugAt.Column,
                $"URL '{url}' is already an alias of {aliasOwner}: remove that alias or set a different 'slug:'");
            return false;
        }

        foreach (var alias in article.AliasReferences)
        {
            var other = _aliases.GetValueOrDefault(alias.Path)
                        ?? (SlugOf(alias.Path) is { } aliasSlug ? _slugs.GetValueOrDefault(aliasSlug) : null);
            if (other is null)
                continue;
            file.Fail(Rules.AliasCollision, alias.Line, alias.Column,
                $"alias '{alias.Path}' is already the URL of {other}: remove the alias from one of the two files");
            return false;
        }

        _slugs[article.Slug] = file.Path;
        foreach (var alias in article.AliasReferences)
            _aliases[alias.Path] = file.Path;
        return true;
    }

    /// <summary>Reports every body link to <c>/artikel/…</c> that no article answers (by slug or alias).</summary>
    public void CheckLinks(ParsedFile file)
    {
        foreach (var link in file.Article?.Links ?? [])
        {
            if (ArticlePath(link.Url) is not { } path || Resolves(path))
                continue;
            var suggestion = DidYouMean.Closest(path[ArticlePrefix.Length..], _slugs.Keys);
            file.Fail(Rules.BrokenLink, link.Line, link.Column, suggestion is null
                ? $"link to '{path}' matches no article: check the address"
                : $"link to '{path}' matches no article; did you mean '{ArticlePrefix}{suggestion}'?");
        }
    }

    private bool Resolves(string path) =>
        _aliases.ContainsKey(path) || (SlugOf(path) is { } slug && _slugs.ContainsKey(slug));

    /// <summary>The site path of a link to an article page, without query, fragment or trailing slash; null for other links.</summary>
    private static string? ArticlePath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = (end < 0 ? url : url[..end]).TrimEnd('/');
        return path.StartsWith(ArticlePrefix, StringComparison.Ordinal) && path.Length > ArticlePrefix.Length
            ? Uri.UnescapeDataString(path)
            : null;
    }

    private static string? SlugOf(string path) =>
        path.StartsWith(ArticlePrefix, StringComparison.Ordinal) ? path[ArticlePrefix.Length..] : null;
}
