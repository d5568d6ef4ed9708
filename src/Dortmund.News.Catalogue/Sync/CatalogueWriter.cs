using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Problems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What a sync wrote.</summary>
internal sealed record WriteOutcome(int Added, int Updated, int Removed, int Failed, IReadOnlySet<string> ChangedSlugs);

/// <summary>
/// Writes one sync into the catalogue inside the caller's transaction, as the parsed files stream
/// in (in path order), so the sync never holds every parsed article in memory at once.
///
/// Slug and alias collisions are decided as if every candidate were checked in path order against
/// the articles that stay (those not re-read, or whose new version has errors) and the candidates
/// accepted before it. A file's turn can come before an earlier-published article it collides with
/// has been re-read; whether that one stays is then unknown, so from there on the remaining files
/// are held and decided at the end, when it is known. That happens only in such a collision.
/// </summary>
internal sealed class CatalogueWriter(CatalogueDbContext context)
{
    private readonly Dictionary<string, ExistingArticle> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Slug, List<string> Aliases)> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pendingSlugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pendingAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedSlugs = new(StringComparer.Ordinal);
    // Stored rows still in the file, by the URLs they hold: a replaced article may have to give its
    // URL up before its own new version is written (two articles swapping slugs).
    private readonly Dictionary<string, ExistingArticle> _storedUrls = new(StringComparer.Ordinal);
    private readonly HashSet<int> _deleted = [];
    private readonly List<Author> _authors = [];
    private readonly List<(string Path, IReadOnlyList<ContentProblem> Problems)> _problems = [];
    private List<ParsedFile>? _held;
    private ArticleRows _rows = null!;
    private IReadOnlyDictionary<string, (int Width, int Height)?> _images = null!;
    private int _added;
    private int _updated;
    private int _removed;
    private int _failed;

    /// <summary>
    /// Deletes what was removed and learns which URLs the stored articles claim;
    /// <paramref name="streamedPaths"/> are the files that will be passed to <see cref="AcceptAsync"/>.
    /// </summary>
    public async Task BeginAsync(IReadOnlySet<string> removedPaths, IReadOnlySet<string> streamedPaths,
        IReadOnlyDictionary<string, (int Width, int Height)?> images, CancellationToken cancellationToken)
    {
        _images = images;
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The catalogue writer runs inside the sync's transaction."));
        _rows = await ArticleRows.OpenAsync(connection, transaction, cancellationToken);

        var existing = await context.Articles.AsNoTracking()
            .Select(a => new ExistingArticle(a.Id, a.Slug, a.SourcePath)).ToListAsync(cancellationToken);
        var aliases = (await context.Aliases.AsNoTracking().Select(a => new { a.Path, a.ArticleId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Path);
        foreach (var article in existing)
        {
            if (removedPaths.Contains(article.SourcePath))
            {
                _rows.DeleteArticle(article.Id);
                _changedSlugs.Add(article.Slug);
                _removed++;
                continue;
            }

            _byPath[article.SourcePath] = article;
            var claims = aliases[article.Id].ToList();
            _storedUrls["/artikel/" + article.Slug] = article;
            foreach (var alias in claims)
                _storedUrls[alias] = article;
            if (streamedPaths.Contains(article.SourcePath))
            {
                // Stays only if its file now has errors: unknown until that file's turn.
                _pending[article.SourcePath] = (article.Slug, claims);
                _pendingSlugs[article.Slug] = article.SourcePath;
                foreach (var alias in claims)
                    _pendingAliases[alias] = article.SourcePath;
            }
            else
            {
                _slugs[article.Slug] = article.SourcePath;
                foreach (var alias in claims)
                    _aliases[alias] = article.SourcePath;
            }
        }

        var removedPathList = removedPaths.ToList();
        await context.Authors.Where(a => removedPathList.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Takes the next file in path order: parsed, or null when it was read but had not changed.</summary>
    public async Task AcceptAsync(string path, ParsedFile? file, CancellationToken cancellationToken)
    {
        // A stored article is replaced when its file now parses; otherwise its last good version stays.
        if (_pending.Remove(path, out var claims))
        {
            _pendingSlugs.Remove(claims.Slug);
            foreach (var alias in claims.Aliases)
                _pendingAliases.Remove(alias);
            if (file?.Article is null)
            {
                _slugs[claims.Slug] = path;
                foreach (var alias in claims.Aliases)
                    _aliases[alias] = path;
            }
        }

        if (file is null)
            return;
        _problems.Add((file.Path, file.Problems));
        if (file.Author is { } author)
            _authors.Add(author);
        if (file.Article is null)
        {
            if (file.Failed)
                _failed++;
            return;
        }

        if (_held is null && TouchesPending(file))
            _held = [];
        if (_held is not null)
            _held.Add(file);
        else
            await DecideAsync(file, cancellationToken);
    }

    /// <summary>Every problem of the files passed in, collisions included.</summary>
    public IEnumerable<ContentProblem> Problems => _problems.SelectMany(p => p.Problems);

    /// <summary>Decides the held files, then writes authors, file records and problems.</summary>
    public async Task<WriteOutcome> CompleteAsync(IEnumerable<SourceFileEntry> changedFiles, IReadOnlySet<string> removedPaths, CancellationToken cancellationToken)
    {
        foreach (var file in _held ?? [])
            await DecideAsync(file, cancellationToken);

        await WriteAuthorsAsync(cancellationToken);
        foreach (var path in removedPaths)
            _rows.DeleteSourceFile(path);
        foreach (var file in changedFiles)
            _rows.WriteSourceFile(file);
        await WriteProblemsAsync(removedPaths, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await RemoveUnusedTaxonomiesAsync(cancellationToken);
        _rows.Dispose();
        return new WriteOutcome(_added, _updated, _removed, _failed, _changedSlugs);
    }

    private bool TouchesPending(ParsedFile file)
    {
        var article = file.Article!;
        return _pendingSlugs.ContainsKey(article.Slug)
               || _pendingAliases.ContainsKey("/artikel/" + article.Slug)
               || article.Aliases.Any(a => _pendingAliases.ContainsKey(a) || _pendingSlugs.ContainsKey(SlugOfUrl(a)));
    }

    private async Task DecideAsync(ParsedFile candidate, CancellationToken cancellationToken)
    {
        var article = candidate.Article!;
        var url = "/artikel/" + article.Slug;
        if (_slugs.TryGetValue(article.Slug, out var owner))
            candidate.Fail(Rules.DuplicateSlug, 1, 1, $"slug '{article.Slug}' is already used by {owner}: set a different 'slug:'");
        else if (article.Aliases.FirstOrDefault(a => _aliases.ContainsKey(a) || _slugs.ContainsKey(SlugOfUrl(a))) is { } taken)
            candidate.Fail(Rules.AliasCollision, 1, 1,
                $"alias '{taken}' is already the URL of {_aliases.GetValueOrDefault(taken) ?? _slugs[SlugOfUrl(taken)]}");
        else if (_aliases.TryGetValue(url, out var aliasOwner))
            candidate.Fail(Rules.AliasCollision, 1, 1, $"URL '{url}' is already an alias of {aliasOwner}");
        else
        {
            _slugs[article.Slug] = candidate.Path;
            foreach (var alias in article.Aliases)
                _aliases[alias] = candidate.Path;
            await WriteAsync(candidate, cancellationToken);
            return;
        }

        _failed++;
    }

    private async Task WriteAsync(ParsedFile file, CancellationToken cancellationToken)
    {
        var article = file.Article!;
        var previous = _byPath.GetValueOrDefault(file.Path);
        var history = previous is null ? [] : await SlugHistoryAsync(previous, article.Slug, cancellationToken);
        if (previous is not null)
        {
            Delete(previous);
            _updated++;
        }
        else
            _added++;

        _changedSlugs.Add(article.Slug);
        var aliases = article.Aliases.Select(a => (Path: a, FromSlugChange: false))
            .Concat(history.Where(h => !_aliases.TryGetValue(h, out var owner) || owner == file.Path).Select(h => (Path: h, FromSlugChange: true)))
            .DistinctBy(a => a.Path).ToList();
        foreach (var url in aliases.Select(a => a.Path).Append("/artikel/" + article.Slug))
        {
            if (_storedUrls.GetValueOrDefault(url) is { } holder)
                Delete(holder);
        }

        _rows.InsertArticle(file.Path, file.Hash, article, aliases, _images);
    }

    private void Delete(ExistingArticle article)
    {
        if (!_deleted.Add(article.Id))
            return;
        _rows.DeleteArticle(article.Id);
        _changedSlugs.Add(article.Slug);
    }

    private static string SlugOfUrl(string path) =>
        path.StartsWith("/artikel/", StringComparison.Ordinal) ? path["/artikel/".Length..] : "\0";

    /// <summary>Old URLs that must keep working: the previous slug, and earlier slugs recorded before.</summary>
    private async Task<List<string>> SlugHistoryAsync(ExistingArticle previous, string newSlug, CancellationToken cancellationToken)
    {
        var history = await context.Aliases.AsNoTracking()
            .Where(a => a.ArticleId == previous.Id && a.FromSlugChange).Select(a => a.Path).ToListAsync(cancellationToken);
        if (previous.Slug != newSlug)
            history.Add("/artikel/" + previous.Slug);
        history.Remove("/artikel/" + newSlug);
        return history;
    }

    private async Task WriteAuthorsAsync(CancellationToken cancellationToken)
    {
        var paths = _authors.Select(a => a.SourcePath).ToList();
        var slugs = _authors.Select(a => a.Slug).ToList();
        await context.Authors.Where(a => paths.Contains(a.SourcePath) || slugs.Contains(a.Slug)).ExecuteDeleteAsync(cancellationToken);
        context.Authors.AddRange(_authors.DistinctBy(a => a.Slug).Select(a => new AuthorEntry
        {
            Slug = a.Slug,
            Name = a.Name,
            Role = a.Role,
            ImagePath = a.Image?.Path,
            BioHtml = a.BioHtml,
            SourcePath = a.SourcePath,
        }));
    }

    private async Task WriteProblemsAsync(IReadOnlySet<string> removedPaths, CancellationToken cancellationToken)
    {
        var stale = _problems.Select(p => p.Path).Concat(removedPaths).ToList();
        if (stale.Count > 0)
            await context.Problems.Where(p => stale.Contains(p.Path)).ExecuteDeleteAsync(cancellationToken);
        context.Problems.AddRange(_problems.SelectMany(p => p.Problems).Select(p => new ProblemEntry
        {
            Path = p.Path,
            Line = p.Line,
            Column = p.Column,
            Severity = p.Severity,
            Code = p.Code,
            Message = p.Message,
        }));
    }

    private async Task RemoveUnusedTaxonomiesAsync(CancellationToken cancellationToken)
    {
        await context.Tags.Where(t => !context.ArticleTags.Any(at => at.TagId == t.Id)).ExecuteDeleteAsync(cancellationToken);
        await context.Categories.Where(c => !context.Articles.Any(a => a.CategoryId == c.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private sealed record ExistingArticle(int Id, string Slug, string SourcePath);
}
