namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// The article page paths (a language's prefix and a slug) and alias paths the catalogue's rows hold at this point of a sync, mirroring the
/// database's unique keys. The writer asks before it writes, so a file whose URLs the rows cannot
/// take fails with a located error instead of a constraint violation, without a savepoint per
/// article (those cost a second copy of every page written).
/// </summary>
internal sealed class RowUrls
{
    private readonly Dictionary<string, int> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int ArticleId, bool FromSlugChange)> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string Slug, List<string> Aliases)> _byArticle = [];

    public void Load(int articleId, string slug) => Add(articleId, slug);

    public void LoadAlias(int articleId, RowAlias alias)
    {
        _aliases[alias.Path] = (articleId, alias.FromSlugChange);
        _byArticle[articleId].Aliases.Add(alias.Path);
    }

    /// <summary>
    /// The row (other than those in <paramref name="leaving"/>) holding the article's slug or one of
    /// its editor's aliases, if any. Old URLs kept as redirects give way to anything else.
    /// </summary>
    public int? Holder(string slug, IEnumerable<RowAlias> aliases, IReadOnlySet<int> leaving)
    {
        if (_slugs.TryGetValue(slug, out var owner) && !leaving.Contains(owner))
            return owner;
        foreach (var (path, fromSlugChange) in aliases)
        {
            if (!fromSlugChange && _aliases.TryGetValue(path, out var other) && !other.FromSlugChange && !leaving.Contains(other.ArticleId))
                return other.ArticleId;
        }

        return null;
    }

    /// <summary>Records a removed row (its aliases go with it, as the database cascades).</summary>
    public void Remove(int articleId)
    {
        if (!_byArticle.Remove(articleId, out var row))
            return;
        _slugs.Remove(row.Slug);
        foreach (var path in row.Aliases)
        {
            if (_aliases.TryGetValue(path, out var alias) && alias.ArticleId == articleId)
                _aliases.Remove(path);
        }
    }

    /// <summary>Records a written row as <see cref="CatalogueRows.InsertArticle"/> writes it: old URLs only where free.</summary>
    public void Add(int articleId, string slug, IEnumerable<RowAlias> aliases)
    {
        Add(articleId, slug);
        foreach (var (path, fromSlugChange) in aliases)
        {
            if (fromSlugChange && _aliases.ContainsKey(path))
                continue;
            if (_aliases.TryGetValue(path, out var replaced))
                _byArticle[replaced.ArticleId].Aliases.Remove(path);
            _aliases[path] = (articleId, fromSlugChange);
            _byArticle[articleId].Aliases.Add(path);
        }
    }

    private void Add(int articleId, string slug)
    {
        _slugs[slug] = articleId;
        _byArticle[articleId] = (slug, []);
    }
}
