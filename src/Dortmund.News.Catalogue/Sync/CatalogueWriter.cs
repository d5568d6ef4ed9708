using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What a sync wrote.</summary>
internal sealed record WriteOutcome(int Added, int Updated, int Removed, int Failed, IReadOnlySet<string> ChangedSlugs, IReadOnlySet<int> WrittenIds,
    IReadOnlyList<ContentProblem> Problems);

/// <summary>
/// Writes one sync's articles as they arrive, in path order, so only a few parsed articles are in
/// memory at once. Each file's turn settles its URLs (the same <see cref="UrlClaims"/> rules as the
/// validator) and writes it at once when nothing can change the outcome. A file whose outcome
/// depends on a file not read yet waits until the end: one wanting a URL the published version of a
/// later file still holds, or one linking to an article that does not exist yet.
/// </summary>
internal sealed class CatalogueWriter
{
    private readonly CatalogueRows _rows;
    private readonly ImageSizes _images;
    private readonly UrlClaims _claims = new();
    private readonly Dictionary<string, ExistingArticle> _existing;
    private readonly ILookup<int, StoredAlias> _aliases;
    private readonly RowUrls _rowUrls = new();
    private readonly Dictionary<int, string> _pathsById = [];
    private readonly Dictionary<string, List<string>> _movedFrom = new(StringComparer.Ordinal);
    private readonly List<ParsedFile> _waitingForUrls = [];
    private readonly List<ParsedFile> _waitingForLinks = [];
    private readonly HashSet<string> _changedSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<int> _writtenIds = [];
    private readonly List<ContentProblem> _problems = [];
    private readonly int _removed;
    private int _added;
    private int _updated;
    private int _failed;

    private CatalogueWriter(CatalogueRows rows, ImageSizes images,
        List<ExistingArticle> existing, ILookup<int, StoredAlias> aliases, int removed)
    {
        _rows = rows;
        _images = images;
        _existing = existing.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        _aliases = aliases;
        _removed = removed;
    }

    /// <summary>
    /// Deletes the articles of removed files (remembering their old URLs for a file that moved), keeps
    /// the URLs of articles nobody touches, and reserves those of the files this sync reads again.
    /// </summary>
    public static async Task<CatalogueWriter> OpenAsync(CatalogueDbContext context, CatalogueRows rows, IReadOnlySet<string> toRead,
        IReadOnlySet<string> removedPaths, ImageSizes images, CancellationToken cancellationToken)
    {
        var existing = await context.Articles.AsNoTracking()
            .Select(a => new ExistingArticle(a.Id, a.Slug, a.SourcePath, a.ContentHash)).ToListAsync(cancellationToken);
        var aliases = (await context.Aliases.AsNoTracking().Select(a => new StoredAlias(a.ArticleId, a.Path, a.FromSlugChange))
            .ToListAsync(cancellationToken)).ToLookup(a => a.ArticleId);
        var removed = existing.Where(a => removedPaths.Contains(a.SourcePath)).ToList();
        var writer = new CatalogueWriter(rows, images, existing.Except(removed).ToList(), aliases, removed.Count);

        foreach (var article in removed)
        {
            // A file moved unchanged (a renamed bundle folder) takes its old URLs along as redirects.
            if (article.ContentHash.Length > 0)
                writer._movedFrom.TryAdd(article.ContentHash, writer.History(article, newSlug: ""));
            rows.DeleteArticle(article.Id);
            writer._changedSlugs.Add(article.Slug);
        }

        foreach (var article in writer._existing.Values)
        {
            writer._rowUrls.Load(article.Id, article.Slug);
            writer._pathsById[article.Id] = article.SourcePath;
            foreach (var alias in aliases[article.Id])
                writer._rowUrls.LoadAlias(article.Id, alias.Path, alias.FromSlugChange);
            var urls = aliases[article.Id].Select(a => a.Path).ToList();
            if (toRead.Contains(article.SourcePath))
                writer._claims.Reserve(article.SourcePath, article.Slug, urls);
            else
            {
                writer._claims.Keep(article.Slug, article.SourcePath);
                foreach (var url in urls)
                    writer._claims.KeepAlias(url, article.SourcePath);
            }
        }

        return writer;
    }

    /// <summary>One article file's turn, in path order: checked, then written now or held until <see cref="Finish"/>.</summary>
    public void Accept(ParsedFile file)
    {
        if (file.Article is null)
        {
            _claims.Hold(file.Path);
            Settle(file);
            return;
        }

        switch (_claims.ClaimInTurn(file, waitForReservations: true))
        {
            case ClaimOutcome.Waiting:
                _waitingForUrls.Add(file);
                break;
            case ClaimOutcome.Refused:
                Settle(file);
                break;
            case ClaimOutcome.Claimed when _claims.LinksResolve(file):
                Write(file);
                break;
            case ClaimOutcome.Claimed:
                // Its published version keeps its URLs until the links are settled at the end.
                if (_existing.TryGetValue(file.Path, out var previous))
                    _claims.Reserve(file.Path, previous.Slug, _aliases[previous.Id].Select(a => a.Path).ToList());
                _waitingForLinks.Add(file);
                break;
        }
    }

    /// <summary>Settles the files that waited, now that every file has had its turn.</summary>
    public WriteOutcome Finish()
    {
        // Files waiting only for their links will replace their published versions if the links hold.
        foreach (var file in _waitingForLinks)
            _claims.SetAside(file.Path);

        // Files waiting for a URL another waiting file still holds get it once that file has moved on...
        var waiting = _waitingForUrls;
        for (var progress = true; progress && waiting.Count > 0;)
        {
            var still = new List<ParsedFile>();
            foreach (var file in waiting)
            {
                var outcome = _claims.ClaimInTurn(file, waitForReservations: true);
                if (outcome == ClaimOutcome.Waiting)
                    still.Add(file);
                else
                    Claimed(file, outcome);
            }

            progress = still.Count < waiting.Count;
            waiting = still;
        }

        // ...and files waiting on each other (two articles swapping slugs) claim in path order.
        foreach (var file in waiting)
            _claims.SetAside(file.Path);
        foreach (var file in waiting)
            Claimed(file, _claims.ClaimInTurn(file, waitForReservations: false));

        var passing = new List<ParsedFile>();
        foreach (var file in _waitingForLinks.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            _claims.CheckLinks(file);
            if (file.Article is not null)
                passing.Add(file);
            else
            {
                _claims.Hold(file.Path);
                Settle(file);
            }
        }

        // Together: in a swap, each article's old row must be gone before the other's new row arrives.
        Write(passing);
        return new WriteOutcome(_added, _updated, _removed, _failed, _changedSlugs, _writtenIds, _problems);
    }

    private void Claimed(ParsedFile file, ClaimOutcome outcome)
    {
        if (outcome == ClaimOutcome.Claimed)
            _waitingForLinks.Add(file);
        else
            Settle(file);
    }

    private void Write(ParsedFile file) => Write([file]);

    /// <summary>Replaces the published versions (if any) with the new ones, whole or not at all; one by one if not all fit.</summary>
    private void Write(IReadOnlyList<ParsedFile> files)
    {
        if (files.Count == 0)
            return;
        var plans = files.Select(Plan).ToList();
        if (_rowUrls.Fit(plans.Select(p => (p.File.Article!.Slug, (IReadOnlyList<(string, bool)>)p.Aliases, p.Previous?.Id)).ToList()))
        {
            foreach (var plan in plans.Where(p => p.Previous is not null))
            {
                _rows.DeleteArticle(plan.Previous!.Id);
                _rowUrls.Remove(plan.Previous.Id);
            }

            foreach (var plan in plans)
            {
                var id = _rows.InsertArticle(plan.File, plan.Aliases, _images);
                _rowUrls.Add(id, plan.File.Article!.Slug, plan.Aliases);
                Written(plan, id);
            }
        }
        else
        {
            // Only reachable when URLs move between several files at once in ways the claims cannot order
            // (a file that gave up a URL failed at the very end, so its published version keeps it): those
            // whose URLs a staying row holds fail, the others are written together as planned.
            var leaving = plans.Select(p => p.Previous?.Id).OfType<int>().ToHashSet();
            var blocked = plans.Select(p => (Plan: p, Blocker: _rowUrls.Blocker(p.File.Article!.Slug, p.Aliases, leaving)))
                .Where(b => b.Blocker is not null).ToList();
            foreach (var (plan, blocker) in blocked)
                FailBlocked(plan.File, blocker!.Value);
            var rest = files.Except(blocked.Select(b => b.Plan.File)).ToList();
            if (blocked.Count > 0)
                Write(rest);
            else if (rest.Count > 1)
            {
                // Two files of the group want the same URL (the claims never let that happen): one by one.
                foreach (var file in rest)
                    Write([file]);
            }
            else
                FailBlocked(rest[0], blocker: 0);
        }
    }

    private void FailBlocked(ParsedFile file, int blocker)
    {
        var article = file.Article!;
        var owner = _pathsById.GetValueOrDefault(blocker) ?? "another article";
        file.Fail(Rules.DuplicateSlug, article.SlugAt.Line, article.SlugAt.Column,
            $"slug '{article.Slug}' or one of its aliases is still used by the published version of {owner}: set a different 'slug:' or alias");
        Settle(file);
    }

    private WritePlan Plan(ParsedFile file)
    {
        var article = file.Article!;
        var previous = _existing.GetValueOrDefault(file.Path);
        var history = previous is not null ? History(previous, article.Slug)
            : _movedFrom.TryGetValue(file.Hash, out var moved) ? moved.Where(h => h != UrlClaims.ArticlePrefix + article.Slug).ToList()
            : [];
        var aliases = article.Aliases.Select(a => (Path: a, FromSlugChange: false))
            .Concat(history.Where(h => _claims.AliasOwner(h) is null || _claims.AliasOwner(h) == file.Path).Select(h => (Path: h, FromSlugChange: true)))
            .DistinctBy(a => a.Path)
            .ToList();
        return new WritePlan(file, previous, aliases);
    }

    private void Written(WritePlan plan, int id)
    {
        _pathsById[id] = plan.File.Path;
        if (plan.Previous is null)
            _movedFrom.Remove(plan.File.Hash);
        _writtenIds.Add(id);
        _changedSlugs.Add(plan.File.Article!.Slug);
        if (plan.Previous is not null)
        {
            _changedSlugs.Add(plan.Previous.Slug);
            _updated++;
        }
        else
            _added++;
        Settle(plan.File);
    }

    /// <summary>Records the file's problems; a file that failed leaves its published version (if any) as it is.</summary>
    private void Settle(ParsedFile file)
    {
        if (file.Failed)
            _failed++;
        _rows.ReplaceProblems(file.Path, file.Problems);
        _problems.AddRange(file.Problems);
    }

    /// <summary>Old URLs that must keep working: the previous slug, and earlier slugs recorded before.</summary>
    private List<string> History(ExistingArticle previous, string newSlug)
    {
        var history = _aliases[previous.Id].Where(a => a.FromSlugChange).Select(a => a.Path).ToList();
        if (previous.Slug != newSlug)
            history.Add(UrlClaims.ArticlePrefix + previous.Slug);
        history.Remove(UrlClaims.ArticlePrefix + newSlug);
        return history;
    }

    private sealed record WritePlan(ParsedFile File, ExistingArticle? Previous, List<(string Path, bool FromSlugChange)> Aliases);

    private sealed record ExistingArticle(int Id, string Slug, string SourcePath, string ContentHash);

    private sealed record StoredAlias(int ArticleId, string Path, bool FromSlugChange);
}
