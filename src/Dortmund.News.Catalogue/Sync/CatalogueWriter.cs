using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Translations;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What a sync wrote.</summary>
internal sealed record WriteOutcome(int Added, int Updated, int Removed, int Failed, IReadOnlySet<string> ChangedSlugs, IReadOnlySet<int> WrittenIds,
    IReadOnlyList<ContentProblem> Problems)
{
    public static readonly WriteOutcome Nothing = new(0, 0, 0, 0, new HashSet<string>(), new HashSet<int>(), []);
}

/// <summary>
/// Writes one sync's articles as they arrive, in path order, so only a few parsed articles are in
/// memory at once. Each file's turn settles its URLs (<see cref="UrlReservations"/>, on the
/// validator's <see cref="UrlOwnership"/> rules) and writes it at once when nothing can change the
/// outcome. A file whose outcome depends on a file not read yet waits until the end: one wanting a
/// URL the published version of a later file still holds, or one linking to an article that does
/// not exist yet. A new file of the second kind is written at once all the same, and only its links
/// wait: a first sync would otherwise hold thousands of whole articles until the end. If its links
/// fail, the end takes it out again, inside the same transaction.
/// </summary>
internal sealed class CatalogueWriter
{
    private readonly CatalogueRows _rows;
    private readonly ImageSizes _images;
    private readonly ArticleUrls _articleUrls;
    private readonly UrlReservations _urls;
    private readonly Dictionary<string, ExistingArticle> _existing;
    private readonly ILookup<int, RowAlias> _aliases;
    private readonly RowUrls _rowUrls = new();
    private readonly Dictionary<int, string> _pathsById = [];
    private readonly Dictionary<string, List<string>> _movedFrom = new(StringComparer.Ordinal);
    private readonly List<ParsedFile> _waitingForUrls = [];
    private readonly List<ParsedFile> _waitingForLinks = [];
    private readonly Dictionary<string, int> _writtenBeforeLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idsByPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<int> _writtenIds = [];

    // The translation groups this sync changed: their rules are decided again at the end.
    private readonly HashSet<string> _touchedGroups = new(StringComparer.Ordinal);
    private readonly List<ContentProblem> _problems = [];
    private readonly int _removed;
    private int _added;
    private int _updated;
    private int _failed;

    private CatalogueWriter(CatalogueRows rows, ArticleUrls articleUrls, ImageSizes images, List<ExistingArticle> existing, ILookup<int, RowAlias> aliases, int removed)
    {
        _rows = rows;
        _articleUrls = articleUrls;
        _urls = new UrlReservations(articleUrls);
        _images = images;
        _existing = existing.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        _aliases = aliases;
        _removed = removed;
    }

    /// <summary>
    /// Deletes the articles of removed files (remembering their old URLs for a file that moved), keeps
    /// the URLs of articles nobody touches, and reserves those of the files this sync reads again.
    /// </summary>
    public static async Task<CatalogueWriter> OpenAsync(CatalogueDbContext context, CatalogueRows rows, SyncPlan plan, ArticleUrls articleUrls, CancellationToken cancellationToken)
    {
        var existing = await context.Articles.AsNoTracking()
            .Select(a => new ExistingArticle(a.Id, a.Slug, a.Language, a.SourcePath, a.ContentHash, a.TranslationGroup)).ToListAsync(cancellationToken);
        var aliases = (await context.Aliases.AsNoTracking().Select(a => new { a.ArticleId, a.Path, a.FromSlugChange })
            .ToListAsync(cancellationToken)).ToLookup(a => a.ArticleId, a => new RowAlias(a.Path, a.FromSlugChange));
        var removed = existing.Where(a => plan.ToRemove.Contains(a.SourcePath)).ToList();
        var writer = new CatalogueWriter(rows, articleUrls, plan.Images, existing.Except(removed).ToList(), aliases, removed.Count);

        foreach (var article in removed)
        {
            // A file moved unchanged (a renamed bundle folder) takes its old URLs along as redirects.
            if (article.ContentHash.Length > 0)
                writer._movedFrom.TryAdd(article.ContentHash, writer.History(article, newPage: ""));
            rows.DeleteArticle(article.Id);
            writer._changedSlugs.Add(article.Slug);
            writer._touchedGroups.Add(article.TranslationGroup);
        }

        foreach (var article in writer._existing.Values)
        {
            var page = articleUrls.Of(article.Language, article.Slug);
            var articleAliases = aliases[article.Id];
            writer._rowUrls.Load(article.Id, page);
            writer._pathsById[article.Id] = article.SourcePath;
            foreach (var alias in articleAliases)
                writer._rowUrls.LoadAlias(article.Id, alias);
            var urls = articleAliases.Select(a => a.Path).ToList();
            if (plan.ToRead.ContainsKey(article.SourcePath))
            {
                writer._urls.Reserve(article.SourcePath, page, urls);
                writer._touchedGroups.Add(article.TranslationGroup);
            }
            else
                writer._urls.Keep(article.SourcePath, page, urls);
        }

        return writer;
    }

    /// <summary>One article file's turn, in path order: checked, then written now or held until <see cref="Finish"/>.</summary>
    public void Accept(ParsedFile file)
    {
        if (file.Article is null)
        {
            _urls.Hold(file.Path);
            Settle(file);
            return;
        }

        switch (_urls.ClaimInTurn(file, waitForReservations: true))
        {
            case ClaimOutcome.Waiting:
                _waitingForUrls.Add(file);
                break;
            case ClaimOutcome.Refused:
                Settle(file);
                break;
            case ClaimOutcome.Claimed when _urls.Owned.LinksResolve(file) && !TranslationRules.Concern(file.Article):
                Write(file);
                break;
            case ClaimOutcome.Claimed when TranslationRules.Concern(file.Article):
                // A translation's rules depend on its group's other files, which may come later: it waits for the end.
                if (_existing.TryGetValue(file.Path, out var earlier))
                    _urls.Reserve(file.Path, _articleUrls.Of(earlier.Language, earlier.Slug), _aliases[earlier.Id].Select(a => a.Path).ToList());
                _waitingForLinks.Add(file);
                break;
            case ClaimOutcome.Claimed when !_existing.ContainsKey(file.Path) && !_movedFrom.ContainsKey(file.Hash):
                WriteBeforeItsLinks(file);
                break;
            case ClaimOutcome.Claimed:
                // Its published version keeps its URLs until the links are settled at the end.
                if (_existing.TryGetValue(file.Path, out var previous))
                    _urls.Reserve(file.Path, _articleUrls.Of(previous.Language, previous.Slug), _aliases[previous.Id].Select(a => a.Path).ToList());
                _waitingForLinks.Add(file);
                break;
        }
    }

    /// <summary>Settles the files that waited, now that every file has had its turn.</summary>
    public WriteOutcome Finish()
    {
        // Files waiting only for their links will replace their published versions if the links hold:
        // the URLs those versions reserve are free for the files waiting for URLs.
        foreach (var file in _waitingForLinks)
            _urls.SetAside(file.Path);
        foreach (var (file, outcome) in _urls.SettleWaiting(_waitingForUrls))
            Claimed(file, outcome);

        var passing = new List<ParsedFile>();
        foreach (var file in _waitingForLinks.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var problemsBefore = file.Problems.Count;
            _urls.Owned.CheckLinks(file);
            if (_writtenBeforeLinks.TryGetValue(file.Path, out var id))
            {
                if (file.Article is null)
                    TakeBack(file, id, problemsBefore);
            }
            else if (file.Article is not null)
                passing.Add(file);
            else
            {
                _urls.Hold(file.Path);
                Settle(file);
            }
        }

        Write(CheckTranslations(passing));
        return new WriteOutcome(_added, _updated, _removed, _failed, _changedSlugs, _writtenIds, _problems);
    }

    /// <summary>
    /// Decides the translation rules over the groups this sync changed: the files about to be written and the rows
    /// that stay. A file breaking one is not written (its published version stays); a row breaking one — a translation
    /// whose original was deleted — is taken down, with the problem recorded for its file, which is read again when
    /// another file changes (TreeRules.Codes).
    /// </summary>
    private List<ParsedFile> CheckTranslations(List<ParsedFile> passing)
    {
        var groups = _touchedGroups.Concat(passing.Select(f => f.Article!.TranslationGroup)).ToHashSet(StringComparer.Ordinal);
        if (groups.Count == 0 || (!passing.Any(f => TranslationRules.Concern(f.Article!)) && !_rows.HasTranslations()))
            return passing;

        var replaced = passing.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var originals = passing.Select(f => TranslationName.Of(f.Path).OriginalPath);
        var rows = _rows.GroupRows(groups, originals).Where(r => !replaced.Contains(r.SourcePath)).ToList();
        var read = rows.Select(r => r.SourcePath).ToHashSet(StringComparer.Ordinal);
        var originalsOfRows = rows.Select(r => TranslationName.Of(r.SourcePath).OriginalPath).Where(p => !read.Contains(p)).Distinct().ToList();
        if (originalsOfRows.Count > 0)
            rows.AddRange(_rows.GroupRows([], originalsOfRows).Where(r => !replaced.Contains(r.SourcePath) && !read.Contains(r.SourcePath)));

        var members = rows.Select(r => new TranslationMember(r.SourcePath, r.Language, r.TranslationGroup, Position.Start))
            .Concat(passing.Select(f => TranslationMember.Of(f.Article!))).ToList();
        var files = passing.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var rowsByPath = rows.ToDictionary(r => r.SourcePath, StringComparer.Ordinal);
        foreach (var violation in TranslationRules.Check(members))
        {
            var at = violation.Member.At;
            if (files.Remove(violation.Member.Path, out var file))
            {
                file.Fail(violation.Rule, at.Line, at.Column, violation.Message);
                _urls.Hold(file.Path);
                Settle(file);
            }
            else if (rowsByPath.TryGetValue(violation.Member.Path, out var row))
                TakeDown(row, new ContentProblem(row.SourcePath, at.Line, at.Column, violation.Rule.Severity, violation.Rule.Code, violation.Message));
        }

        var kept = passing.Where(f => files.ContainsKey(f.Path)).ToList();
        var originalFiles = kept.Where(f => f.Article!.Language == Languages.Default)
            .GroupBy(f => f.Article!.TranslationGroup, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var file in kept.Where(f => f.Article!.Language != Languages.Default).ToList())
        {
            // Its original as it will be after this sync: a file about to be written, else its row.
            var original = originalFiles.GetValueOrDefault(file.Article!.TranslationGroup);
            TreeRules.CheckPhotos(file, original is not null
                ? original.Article!.Gallery.Select(g => new OriginalPhoto(g.Image.Path, g.Credit, g.License)).ToList()
                : _rows.OriginalPhotos(file.Article!.TranslationGroup));
            if (file.Article is null)
            {
                _urls.Hold(file.Path);
                Settle(file);
                kept.Remove(file);
            }
        }

        return kept;
    }

    /// <summary>A row whose file was not read again that breaks a rule now: removed, with the problem recorded for its file.</summary>
    private void TakeDown(GroupRow row, ContentProblem problem)
    {
        _rows.DeleteArticle(row.Id);
        _rowUrls.Remove(row.Id);
        _pathsById.Remove(row.Id);
        _writtenIds.Remove(row.Id);
        _changedSlugs.Add(row.Slug);
        _failed++;
        _rows.ReplaceProblems(row.SourcePath, [problem]);
        _problems.Add(problem);
    }

    private void Claimed(ParsedFile file, ClaimOutcome outcome)
    {
        if (outcome == ClaimOutcome.Claimed)
            _waitingForLinks.Add(file);
        else
            Settle(file);
    }

    private void Write(ParsedFile file) => Write([file]);

    /// <summary>Writes a new file now; what waits for its links is a copy without the body.</summary>
    private void WriteBeforeItsLinks(ParsedFile file)
    {
        Write(file);
        if (!_idsByPath.TryGetValue(file.Path, out var id))
            return;
        _writtenBeforeLinks[file.Path] = id;
        _waitingForLinks.Add(file.WithoutBody());
    }

    /// <summary>A file written before its links were checked, whose links failed: as if it had never been written.</summary>
    private void TakeBack(ParsedFile file, int id, int problemsBefore)
    {
        _rows.DeleteArticle(id);
        _rowUrls.Remove(id);
        _pathsById.Remove(id);
        _writtenIds.Remove(id);
        _added--;
        _failed++;
        _urls.Hold(file.Path);
        _rows.ReplaceProblems(file.Path, file.Problems);
        _problems.AddRange(file.Problems.Skip(problemsBefore));
    }

    /// <summary>
    /// Replaces the published versions (if any) with the new ones, together: in a swap, each article's
    /// old row must be gone before the other's new row arrives. The claims gave each URL to one file,
    /// so the files never collide with each other. But a file whose links failed at the very end keeps
    /// its published version, and with it URLs another file claimed once they were set aside: that
    /// other file fails instead. As its own published version then stays too, the rest is checked
    /// again (StreamingWriterTests pins both).
    /// </summary>
    private void Write(IReadOnlyList<ParsedFile> files)
    {
        var replacements = files.Select(ReplacementOf).ToList();
        while (Blocked(replacements) is { Count: > 0 } blocked)
        {
            foreach (var (replacement, holder) in blocked)
                FailBlocked(replacement.File, holder);
            replacements = replacements.Except(blocked.Select(b => b.Replacement)).ToList();
        }

        foreach (var replacement in replacements.Where(r => r.Previous is not null))
        {
            _rows.DeleteArticle(replacement.Previous!.Id);
            _rowUrls.Remove(replacement.Previous.Id);
        }

        foreach (var replacement in replacements)
        {
            var id = _rows.InsertArticle(replacement.File, replacement.Aliases, _images);
            _rowUrls.Add(id, _articleUrls.Of(replacement.File.Article!), replacement.Aliases);
            Written(replacement, id);
        }
    }

    /// <summary>The replacements whose slug or alias a row that stays holds, with that row.</summary>
    private List<(Replacement Replacement, int Holder)> Blocked(List<Replacement> replacements)
    {
        var leaving = replacements.Select(r => r.Previous?.Id).OfType<int>().ToHashSet();
        return replacements
            .Select(r => (Replacement: r, Holder: _rowUrls.Holder(_articleUrls.Of(r.File.Article!), r.Aliases, leaving)))
            .Where(b => b.Holder is not null)
            .Select(b => (b.Replacement, b.Holder!.Value))
            .ToList();
    }

    private void FailBlocked(ParsedFile file, int holder)
    {
        var article = file.Article!;
        file.Fail(Rules.DuplicateSlug, article.SlugAt.Line, article.SlugAt.Column,
            $"slug '{article.Slug}' or one of its aliases is still used by the published version of {_pathsById[holder]}: set a different 'slug:' or alias");
        Settle(file);
    }

    /// <summary>What writing the file does: the row it replaces (if any), and the aliases of its new row.</summary>
    private Replacement ReplacementOf(ParsedFile file)
    {
        var article = file.Article!;
        var previous = _existing.GetValueOrDefault(file.Path);
        var history = previous is not null ? History(previous, _articleUrls.Of(article))
            : _movedFrom.TryGetValue(file.Hash, out var moved) ? moved.Where(h => h != _articleUrls.Of(article)).ToList()
            : [];
        var aliases = article.Aliases.Select(a => new RowAlias(a, FromSlugChange: false))
            .Concat(history.Where(h => _urls.Owned.AliasOwner(h) is null || _urls.Owned.AliasOwner(h) == file.Path).Select(h => new RowAlias(h, FromSlugChange: true)))
            .DistinctBy(a => a.Path)
            .ToList();
        return new Replacement(file, previous, aliases);
    }

    private void Written(Replacement replacement, int id)
    {
        _pathsById[id] = replacement.File.Path;
        _idsByPath[replacement.File.Path] = id;
        if (replacement.Previous is null)
            _movedFrom.Remove(replacement.File.Hash);
        _writtenIds.Add(id);
        _changedSlugs.Add(replacement.File.Article!.Slug);
        _touchedGroups.Add(replacement.File.Article.TranslationGroup);
        if (replacement.Previous is not null)
        {
            _changedSlugs.Add(replacement.Previous.Slug);
            _updated++;
        }
        else
            _added++;
        Settle(replacement.File);
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
    private List<string> History(ExistingArticle previous, string newPage)
    {
        var history = _aliases[previous.Id].Where(a => a.FromSlugChange).Select(a => a.Path).ToList();
        var page = _articleUrls.Of(previous.Language, previous.Slug);
        if (page != newPage)
            history.Add(page);
        history.Remove(newPage);
        return history;
    }

    private sealed record Replacement(ParsedFile File, ExistingArticle? Previous, List<RowAlias> Aliases);

    private sealed record ExistingArticle(int Id, string Slug, string Language, string SourcePath, string ContentHash, string TranslationGroup);
}
