using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>How a file's attempt to claim its URLs ended.</summary>
internal enum ClaimOutcome
{
    Claimed,
    Refused,

    /// <summary>
    /// A URL it wants is reserved by the published version of a file not read yet in this sync, or
    /// wanted by an earlier file that waits for it.
    /// </summary>
    Waiting,
}

/// <summary>
/// Which article owns which URL: slugs (<c>/artikel/&lt;slug&gt;</c>) and aliases, each with the file
/// that claims it. The validator starts empty; the sync starts with the articles it keeps, and
/// reserves the URLs of articles whose files it reads again: a reservation is settled on that
/// file's turn (kept if the new version fails, given up if the new version replaces it).
/// </summary>
internal sealed class UrlClaims
{
    public const string ArticlePrefix = "/artikel/";

    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedSlugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reservation> _reservations = new(StringComparer.Ordinal);

    // URLs wanted by files that wait, by the first (in path order) that wants each: later files queue behind it.
    private readonly Dictionary<string, string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _queuedBy = new(StringComparer.Ordinal);

    /// <summary>Records what an article already published owns, without checking.</summary>
    public void Keep(string slug, string sourcePath) => _slugs[slug] = sourcePath;

    /// <summary>Records an alias (or earlier slug) an article already published owns, without checking.</summary>
    public void KeepAlias(string path, string sourcePath) => _aliases[path] = sourcePath;

    /// <summary>Reserves what the published version of <paramref name="sourcePath"/> owns until that file's turn.</summary>
    public void Reserve(string sourcePath, string slug, IReadOnlyList<string> aliases)
    {
        var reservation = new Reservation(slug, aliases);
        _reservations[sourcePath] = reservation;
        Index(sourcePath, reservation);
    }

    /// <summary>The file's new version failed: its published version stays and keeps its URLs.</summary>
    public void Hold(string sourcePath)
    {
        if (!_reservations.Remove(sourcePath, out var reservation))
            return;
        Unindex(reservation);
        Keep(reservation.Slug, sourcePath);
        foreach (var alias in reservation.Aliases)
            KeepAlias(alias, sourcePath);
    }

    /// <summary>Sets the file's reservation aside without forgetting it: files waiting on each other then claim as if none held anything.</summary>
    public void SetAside(string sourcePath)
    {
        if (_reservations.TryGetValue(sourcePath, out var reservation))
            Unindex(reservation);
        Unqueue(sourcePath);
    }

    /// <summary>
    /// The file's turn: its own reservation is set aside and its new version claims its URLs. A URL
    /// only reserved by another file, or wanted by an earlier file that waits for it, makes it wait
    /// (when <paramref name="waitForReservations"/>) or fail; a file that fails keeps its published
    /// version's URLs.
    /// </summary>
    public ClaimOutcome ClaimInTurn(ParsedFile file, bool waitForReservations)
    {
        var own = _reservations.GetValueOrDefault(file.Path);
        if (own is not null)
            Unindex(own);
        Unqueue(file.Path);
        if (waitForReservations && (WantsReserved(file.Article!) || UrlsOf(file.Article!).Any(_queued.ContainsKey)))
        {
            if (own is not null)
                Index(file.Path, own);
            Queue(file.Path, UrlsOf(file.Article!));
            return ClaimOutcome.Waiting;
        }

        if (TryClaim(file))
        {
            _reservations.Remove(file.Path);
            return ClaimOutcome.Claimed;
        }

        Hold(file.Path);
        return ClaimOutcome.Refused;
    }

    /// <summary>True when every link of the file to an article resolves already, so there is nothing to report.</summary>
    public bool LinksResolve(ParsedFile file) =>
        (file.Article?.Links ?? []).All(link => ArticlePath(link.Url) is not { } path || Resolves(path));

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
        if ((_slugs.GetValueOrDefault(article.Slug) ?? _reservedSlugs.GetValueOrDefault(article.Slug)) is { } owner)
        {
            file.Fail(Rules.DuplicateSlug, article.SlugAt.Line, article.SlugAt.Column,
                $"slug '{article.Slug}' is already used by {owner}: set a different 'slug:' in one of the two files");
            return false;
        }

        if ((_aliases.GetValueOrDefault(url) ?? _reservedAliases.GetValueOrDefault(url)) is { } aliasOwner)
        {
            file.Fail(Rules.AliasCollision, article.SlugAt.Line, article.SlugAt.Column,
                $"URL '{url}' is already an alias of {aliasOwner}: remove that alias or set a different 'slug:'");
            return false;
        }

        foreach (var alias in article.AliasReferences)
        {
            var other = _aliases.GetValueOrDefault(alias.Path) ?? _reservedAliases.GetValueOrDefault(alias.Path)
                        ?? (SlugOf(alias.Path) is { } aliasSlug ? _slugs.GetValueOrDefault(aliasSlug) ?? _reservedSlugs.GetValueOrDefault(aliasSlug) : null);
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

    private bool WantsReserved(Content.Articles.Article article) =>
        _reservedSlugs.ContainsKey(article.Slug) || _reservedAliases.ContainsKey(ArticlePrefix + article.Slug)
        || article.AliasReferences.Any(a => _reservedAliases.ContainsKey(a.Path) || (SlugOf(a.Path) is { } slug && _reservedSlugs.ContainsKey(slug)));

    private static IEnumerable<string> UrlsOf(Content.Articles.Article article) =>
        [ArticlePrefix + article.Slug, .. article.AliasReferences.Select(a => a.Path)];

    private void Queue(string sourcePath, IEnumerable<string> urls)
    {
        var queued = new List<string>();
        foreach (var url in urls)
        {
            if (_queued.TryAdd(url, sourcePath))
                queued.Add(url);
        }

        _queuedBy[sourcePath] = queued;
    }

    private void Unqueue(string sourcePath)
    {
        if (!_queuedBy.Remove(sourcePath, out var urls))
            return;
        foreach (var url in urls)
            _queued.Remove(url);
    }

    private void Index(string sourcePath, Reservation reservation)
    {
        _reservedSlugs[reservation.Slug] = sourcePath;
        foreach (var alias in reservation.Aliases)
            _reservedAliases[alias] = sourcePath;
    }

    private void Unindex(Reservation reservation)
    {
        _reservedSlugs.Remove(reservation.Slug);
        foreach (var alias in reservation.Aliases)
            _reservedAliases.Remove(alias);
    }

    // Links resolve against URLs claimed for good; a reserved URL may still go away in this sync.
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

    private sealed record Reservation(string Slug, IReadOnlyList<string> Aliases);
}
