using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// Which file owns which article URL: article pages (<c>/artikel/&lt;slug&gt;</c>, <c>/en/articles/&lt;slug&gt;</c>: a slug
/// per language) and aliases. A file claims
/// its URLs whole or not at all; a collision fails it at the line of its <c>slug:</c> (or title) or
/// of the alias, naming the other file. Body links to <c>/artikel/…</c> must reach an owned URL. The
/// validator and the sync both decide with these rules (the sync's reservations are <c>Sync.UrlReservations</c>).
/// </summary>
internal sealed class UrlOwnership(ArticleUrls urls)
{
    // Article page paths (a language's prefix and a slug) by owning file.
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="sourcePath"/> owns an article page path and aliases (or earlier slugs), without checking.</summary>
    public void Keep(string sourcePath, string page, IEnumerable<string> aliases)
    {
        _pages[page] = sourcePath;
        foreach (var alias in aliases)
            _aliases[alias] = sourcePath;
    }

    /// <summary>Forgets who owns an article page path and aliases.</summary>
    public void Release(string page, IEnumerable<string> aliases)
    {
        _pages.Remove(page);
        foreach (var alias in aliases)
            _aliases.Remove(alias);
    }

    /// <summary>The file owning an alias path, if any.</summary>
    public string? AliasOwner(string path) => _aliases.GetValueOrDefault(path);

    /// <summary>
    /// Claims the article's slug and aliases, or fails the file at the first collision and claims nothing.
    /// URLs <paramref name="alsoTaken"/> owns count as taken too (the message names an owner here first).
    /// </summary>
    public bool TryClaim(ParsedFile file, UrlOwnership? alsoTaken = null)
    {
        var article = file.Article!;
        if (FirstCollision(article, alsoTaken) is { } collision)
        {
            file.Fail(collision.Rule, collision.Line, collision.Column, collision.Message);
            return false;
        }

        Keep(file.Path, urls.Of(article), article.AliasReferences.Select(a => a.Path));
        return true;
    }

    /// <summary>True when a slug or alias of the article is owned here, so claiming it would fail.</summary>
    public bool OwnsAnyUrlOf(Article article) => FirstCollision(article, alsoTaken: null) is not null;

    /// <summary>True when every link of the file to an article resolves already, so there is nothing to report.</summary>
    public bool LinksResolve(ParsedFile file) =>
        (file.Article?.Links ?? []).All(link => urls.LinkedPath(link.Url) is not { } path || Resolves(path));

    /// <summary>Reports every body link to <c>/artikel/…</c> that no article answers (by slug or alias).</summary>
    public void CheckLinks(ParsedFile file)
    {
        foreach (var link in file.Article?.Links ?? [])
        {
            if (urls.LinkedPath(link.Url) is not { } path || Resolves(path))
                continue;
            var suggestion = DidYouMean.Closest(path, _pages.Keys);
            file.Fail(Rules.BrokenLink, link.Line, link.Column, suggestion is null
                ? $"link to '{path}' matches no article: check the address"
                : $"link to '{path}' matches no article; did you mean '{suggestion}'?");
        }
    }

    private Collision? FirstCollision(Article article, UrlOwnership? alsoTaken)
    {
        var url = urls.Of(article);
        if (PageOwner(url, alsoTaken) is { } owner)
        {
            return new Collision(Rules.DuplicateSlug, article.SlugAt.Line, article.SlugAt.Column,
                $"slug '{article.Slug}' is already used by {owner}: set a different 'slug:' in one of the two files");
        }

        if (AliasOwner(url, alsoTaken) is { } aliasOwner)
        {
            return new Collision(Rules.AliasCollision, article.SlugAt.Line, article.SlugAt.Column,
                $"URL '{url}' is already an alias of {aliasOwner}: remove that alias or set a different 'slug:'");
        }

        foreach (var alias in article.AliasReferences)
        {
            var other = AliasOwner(alias.Path, alsoTaken) ?? PageOwner(alias.Path, alsoTaken);
            if (other is not null)
            {
                return new Collision(Rules.AliasCollision, alias.Line, alias.Column,
                    $"alias '{alias.Path}' is already the URL of {other}: remove the alias from one of the two files");
            }
        }

        return null;
    }

    private string? PageOwner(string page, UrlOwnership? alsoTaken) =>
        _pages.GetValueOrDefault(page) ?? alsoTaken?._pages.GetValueOrDefault(page);

    private string? AliasOwner(string path, UrlOwnership? alsoTaken) =>
        _aliases.GetValueOrDefault(path) ?? alsoTaken?._aliases.GetValueOrDefault(path);

    // Only URLs owned here count: a URL the sync merely reserves may still go away in that sync.
    private bool Resolves(string path) =>
        _aliases.ContainsKey(path) || _pages.ContainsKey(path);

    private sealed record Collision(Rule Rule, int Line, int Column, string Message);
}
