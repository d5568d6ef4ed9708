using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Authors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Applies a <see cref="SyncPlan"/> in one transaction, so readers see the old catalogue or the new
/// one, never a mix: the file records, the removals, the author profiles, contacts and boilerplate read, then the articles,
/// parsed on every core and written in path order by one <see cref="CatalogueWriter"/>, and last the
/// search rows of articles whose author's profile changed.
/// </summary>
internal sealed class SyncTransaction : IAsyncDisposable
{
    private readonly CatalogueDbContext _context;
    private readonly IDbContextTransaction _transaction;
    private readonly CatalogueRows _rows;
    private readonly SyncPlan _plan;
    private readonly ReferenceTargets _targets;
    private readonly ArticleUrls _articleUrls;

    private SyncTransaction(CatalogueDbContext context, IDbContextTransaction transaction, CatalogueRows rows, SyncPlan plan, ArticleUrls articleUrls)
    {
        _articleUrls = articleUrls;
        _context = context;
        _transaction = transaction;
        _rows = rows;
        _plan = plan;
        _targets = ReferenceTargets.Of(plan.Images, plan.Scanned.Values);
    }

    /// <summary>True when this sync reads so many articles that their search rows are made after it, in the background.</summary>
    public bool DefersSearchIndex { get; private init; }

    // Parsed articles waiting for the writer: enough to keep every core busy, few enough to keep memory flat.
    private static int ParseWindow => 4 * Environment.ProcessorCount;

    public static async Task<SyncTransaction> BeginAsync(CatalogueDbContext context, SyncPlan plan, ArticleUrls articleUrls, int articlesIndexedDuringSync,
        CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        // The catalogue is derived data in WAL mode: NORMAL keeps it consistent on a crash and skips an fsync per commit.
        // The commit does not copy the log into the database file itself (for a first sync, all of it): that
        // checkpoint runs after the sync, while the site already serves the new catalogue from the log.
        await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0", cancellationToken);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var rows = CatalogueRows.Open(context, transaction);
        return new SyncTransaction(context, transaction, rows, plan, articleUrls)
        {
            DefersSearchIndex = plan.ToRead.Values.Count(f => f.File.Kind == FileKind.Article) > articlesIndexedDuringSync,
        };
    }

    /// <summary>Writes everything the plan says, not yet committed.</summary>
    public async Task<WriteOutcome> ApplyAsync(SyncTimings timings, CancellationToken cancellationToken)
    {
        List<ParsedFile> authors;
        List<ParsedFile> press;
        Dictionary<string, string> profileNames;
        CatalogueWriter writer;
        using (timings.Phase(SyncPhase.WriterReady))
        {
            WriteFileRecords();
            authors = await WriteAuthorsAsync(cancellationToken);
            press = [.. await WriteContactsAsync(cancellationToken), .. await WriteBoilerplateAsync(cancellationToken)];
            profileNames = await _context.Authors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);
            writer = await CatalogueWriter.OpenAsync(_context, _rows, _plan, _articleUrls, cancellationToken);
        }

        using (timings.Phase(SyncPhase.ArticlesWritten))
            await WriteArticlesAsync(writer, profileNames, timings, cancellationToken);

        using (timings.Phase(SyncPhase.Finished))
        {
            var articles = writer.Finish();
            await new AuthorSearchReindex(_context, _rows).RunAsync(ChangedAuthorSlugs(authors), articles.WrittenIds, profileNames, cancellationToken);
            await RemoveUnusedTaxonomiesAsync(cancellationToken);
            return articles with
            {
                Failed = articles.Failed + authors.Count(a => a.Failed) + press.Count(p => p.Failed),
                Problems = [.. authors.SelectMany(a => a.Problems), .. press.SelectMany(p => p.Problems), .. articles.Problems],
            };
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        await _transaction.DisposeAsync();
    }

    /// <summary>Records of files not parsed in this sync, and the removal of files gone, with their problems.</summary>
    private void WriteFileRecords()
    {
        foreach (var record in _plan.RecordsToUpdate)
            _rows.WriteSourceFile(record);
        foreach (var path in _plan.ToRemove)
        {
            _rows.DeleteSourceFile(path);
            _rows.ReplaceProblems(path, []);
        }
    }

    /// <summary>
    /// Reads the few files of <paramref name="kind"/> this sync reads (profiles, contacts, the boilerplate) in path
    /// order, applies <paramref name="rules"/> that decide over all of them, and records them with their problems.
    /// </summary>
    private async Task<List<ParsedFile>> ReadFewAsync(FileKind kind, Action<List<ParsedFile>>? rules, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedFile>();
        foreach (var file in FilesToRead(kind))
            parsed.Add(await ParsedFile.ReadAsync(file, _targets, prepare: null, cancellationToken));
        rules?.Invoke(parsed);
        foreach (var file in parsed)
        {
            _rows.WriteSourceFile(FileRecord.Of(_plan.ToRead[file.Path].File, file.Hash));
            _rows.ReplaceProblems(file.Path, file.Problems);
        }

        return parsed;
    }

    /// <summary>Parses and writes the author profiles read in this sync (few; before the articles, whose search rows show their names).</summary>
    private async Task<List<ParsedFile>> WriteAuthorsAsync(CancellationToken cancellationToken)
    {
        var parsed = await ReadFewAsync(FileKind.Author, rules: null, cancellationToken);

        var removedPaths = RemovedFiles(FileKind.Author).ToList();
        if (parsed.Count == 0 && removedPaths.Count == 0)
            return parsed;
        await _context.Authors.Where(a => removedPaths.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);
        await _context.AuthorTranslations.Where(a => removedPaths.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);
        var translated = parsed.Where(p => p.Author is { IsTranslation: true }).Select(p => p.Author!).DistinctBy(a => (a.Slug, a.Language)).ToList();
        var translatedPaths = translated.Select(a => a.SourcePath).ToList();
        await _context.AuthorTranslations.Where(a => translatedPaths.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);
        _context.AuthorTranslations.AddRange(translated.Select(a => new AuthorTranslationEntry
        {
            Slug = a.Slug, Language = a.Language, Role = a.Role, BioHtml = a.BioHtml, SourcePath = a.SourcePath,
        }));
        var written = parsed.Where(p => p.Author is { IsTranslation: false }).Select(p => p.Author!).DistinctBy(a => a.Slug).ToList();
        var paths = written.Select(a => a.SourcePath).ToList();
        var slugs = written.Select(a => a.Slug).ToList();
        await _context.Authors.Where(a => paths.Contains(a.SourcePath) || slugs.Contains(a.Slug)).ExecuteDeleteAsync(cancellationToken);
        _context.Authors.AddRange(written.Select(a => new AuthorEntry
        {
            Slug = a.Slug,
            Name = a.Name,
            Role = a.Role,
            ImagePath = a.Image?.Path,
            BioHtml = a.BioHtml,
            SourcePath = a.SourcePath,
        }));
        await _context.SaveChangesAsync(cancellationToken);
        return parsed;
    }

    /// <summary>
    /// Parses and writes the contact files read in this sync: all of them when one changed (ChangeDetector), so
    /// one default contact is chosen over all. A file with errors keeps its published version, as articles do.
    /// </summary>
    private async Task<List<ParsedFile>> WriteContactsAsync(CancellationToken cancellationToken)
    {
        var parsed = await ReadFewAsync(FileKind.Contact, TreeRules.ApplyToContacts, cancellationToken);

        var removedPaths = RemovedFiles(FileKind.Contact).ToList();
        if (parsed.Count == 0 && removedPaths.Count == 0)
            return parsed;
        var written = parsed.Where(p => p.Contact is not null).Select(p => p.Contact!).DistinctBy(c => c.Slug).ToList();
        var paths = written.Select(c => c.SourcePath).Concat(removedPaths).ToList();
        var slugs = written.Select(c => c.Slug).ToList();
        await _context.Contacts.Where(c => paths.Contains(c.SourcePath) || slugs.Contains(c.Slug)).ExecuteDeleteAsync(cancellationToken);
        _context.Contacts.AddRange(written.Select(c => new ContactEntry
        {
            Slug = c.Slug,
            Name = c.Name,
            Role = c.Role,
            Organisation = c.Organisation,
            Email = c.Email,
            Phone = c.Phone.Written,
            PhoneE164 = c.Phone.E164,
            Mobile = c.Mobile?.Written,
            MobileE164 = c.Mobile?.E164,
            ImagePath = c.Image?.Path,
            IsDefault = c.IsDefault,
            NoteHtml = c.NoteHtml,
            SourcePath = c.SourcePath,
        }));
        await _context.SaveChangesAsync(cancellationToken);
        return parsed;
    }

    /// <summary>Parses and writes content/boilerplate.md when it changed; with errors its published version stays.</summary>
    private async Task<List<ParsedFile>> WriteBoilerplateAsync(CancellationToken cancellationToken)
    {
        var parsed = await ReadFewAsync(FileKind.Boilerplate, rules: null, cancellationToken);

        var replaced = parsed.Select(p => p.Boilerplate).OfType<Boilerplate>().FirstOrDefault();
        if (replaced is null && !RemovedFiles(FileKind.Boilerplate).Any())
            return parsed;
        await _context.Boilerplate.ExecuteDeleteAsync(cancellationToken);
        if (replaced is not null)
        {
            _context.Boilerplate.Add(new BoilerplateEntry
            {
                Title = replaced.Title,
                Address = string.Join('\n', replaced.Address),
                Html = replaced.Html,
                SourcePath = replaced.SourcePath,
            });
            await _context.SaveChangesAsync(cancellationToken);
        }

        return parsed;
    }

    /// <summary>Streams the article files: parsed on the thread pool, handed to the writer in path order.</summary>
    private async Task WriteArticlesAsync(CatalogueWriter writer, IReadOnlyDictionary<string, string> profileNames, SyncTimings timings,
        CancellationToken cancellationToken)
    {
        await foreach (var file in InPathOrder.ParseAsync(FilesToRead(FileKind.Article),
                           (file, token) => ReadArticleAsync(file, profileNames, token), ParseWindow, cancellationToken))
        {
            using (timings.Phase(SyncPhase.WriterBusy))
            {
                _rows.WriteSourceFile(FileRecord.Of(_plan.ToRead[file.Path].File, file.Hash));
                writer.Accept(file);
            }
        }
    }

    /// <summary>Reads and parses one article file, and prepares its search row (unless deferred), on a pool thread.</summary>
    private Task<ParsedFile> ReadArticleAsync(ScannedFile file, IReadOnlyDictionary<string, string> profileNames, CancellationToken cancellationToken)
    {
        return ParsedFile.ReadAsync(file, _targets, parsed =>
        {
            if (parsed.Article is { } article && !DefersSearchIndex)
                parsed.Search = SearchText.Of(article, profileNames);
        }, cancellationToken);
    }

    private List<ScannedFile> FilesToRead(FileKind kind) =>
        _plan.ToRead.Values.Select(f => f.File).Where(f => f.Kind == kind).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    private IEnumerable<string> RemovedFiles(FileKind kind) => _plan.ToRemove.Where(p => ContentScanner.KindOf(p) == kind);

    // Author profiles written or deleted in this sync, by slug (the file name, as articles name them).
    private List<string> ChangedAuthorSlugs(List<ParsedFile> authors) =>
        authors.Where(p => p.Author is { IsTranslation: false }).Select(p => p.Author!.Slug)
            .Concat(RemovedFiles(FileKind.Author).Select(AuthorReader.SlugOf))
            .ToList();

    private async Task RemoveUnusedTaxonomiesAsync(CancellationToken cancellationToken)
    {
        await _context.Tags.Where(t => !_context.ArticleTags.Any(at => at.TagId == t.Id)).ExecuteDeleteAsync(cancellationToken);
        await _context.Categories.Where(c => !_context.Articles.Any(a => a.CategoryId == c.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
