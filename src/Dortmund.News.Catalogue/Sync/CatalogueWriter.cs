using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Problems;
using Microsoft.EntityFrameworkCore;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What a sync wrote.</summary>
internal sealed record WriteOutcome(int Added, int Updated, int Removed, int Failed, IReadOnlySet<string> ChangedSlugs);

/// <summary>
/// Writes one sync's parsed files into the catalogue inside the caller's transaction. Checks that
/// need the whole catalogue (slug and alias collisions) happen here, before anything is written.
/// </summary>
internal sealed class CatalogueWriter(CatalogueDbContext context)
{
    private Dictionary<string, TagEntry>? _tags;
    private Dictionary<string, CategoryEntry>? _categories;

    public async Task<WriteOutcome> ApplyAsync(
        IReadOnlyList<ParsedFile> parsed,
        IReadOnlySet<string> removedPaths,
        IEnumerable<SourceFileEntry> changedFiles,
        IReadOnlyDictionary<string, (int Width, int Height)?> images,
        CancellationToken cancellationToken)
    {
        var existing = await context.Articles.AsNoTracking()
            .Select(a => new ExistingArticle(a.Id, a.Slug, a.SourcePath, a.ContentHash)).ToListAsync(cancellationToken);
        var byPath = existing.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var changedSlugs = new HashSet<string>(StringComparer.Ordinal);

        var removedArticles = existing.Where(a => removedPaths.Contains(a.SourcePath)).ToList();
        var movedFrom = await MovableHistoriesAsync(removedArticles, cancellationToken);
        await DeleteArticlesAsync(removedArticles.Select(a => a.Id).ToList(), cancellationToken);
        changedSlugs.UnionWith(removedArticles.Select(a => a.Slug));
        var removedPathList = removedPaths.ToList();
        await context.Authors.Where(a => removedPathList.Contains(a.SourcePath)).ExecuteDeleteAsync(cancellationToken);

        var candidates = parsed.Where(p => p.Article is not null).ToList();
        var replacedPaths = candidates.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var keepers = existing.Where(a => !removedPaths.Contains(a.SourcePath) && !replacedPaths.Contains(a.SourcePath)).ToList();
        var keeperIds = keepers.Select(k => k.Id).ToList();
        var keptAliases = await context.Aliases.AsNoTracking().Where(a => keeperIds.Contains(a.ArticleId))
            .Join(context.Articles, a => a.ArticleId, x => x.Id, (a, x) => new { a.Path, x.SourcePath })
            .ToListAsync(cancellationToken);
        // The same slug, alias and link rules as the validator, with the articles kept as they are already claiming their URLs.
        var claims = new UrlClaims();
        foreach (var keeper in keepers)
            claims.Keep(keeper.Slug, keeper.SourcePath);
        foreach (var alias in keptAliases)
            claims.KeepAlias(alias.Path, alias.SourcePath);
        var accepted = TreeRules.Apply(candidates, claims);

        var added = 0;
        var updated = 0;
        var written = new List<ArticleEntry>(accepted.Count);
        foreach (var file in accepted)
        {
            var article = file.Article!;
            var previous = byPath.GetValueOrDefault(file.Path);
            var carriedAliases = previous is not null ? await SlugHistoryAsync(previous, article.Slug, cancellationToken)
                // A file moved unchanged (a renamed bundle folder) keeps its old URLs as redirects.
                : movedFrom.Remove(file.Hash, out var moved) ? moved.Where(h => h != "/artikel/" + article.Slug).ToList()
                : [];
            if (previous is not null)
            {
                await DeleteArticlesAsync([previous.Id], cancellationToken);
                changedSlugs.Add(previous.Slug);
                updated++;
            }
            else
                added++;

            changedSlugs.Add(article.Slug);
            written.Add(context.Articles.Add(await ToEntryAsync(file, carriedAliases, claims, images, cancellationToken)).Entity);
        }

        await WriteAuthorsAsync(parsed.Where(p => p.Author is not null).Select(p => p.Author!).ToList(), cancellationToken);
        await WriteSourceFilesAsync(changedFiles, removedPaths, cancellationToken);
        await WriteProblemsAsync(parsed, removedPaths, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await new SearchIndexWriter(context).UpdateAsync(
            removedArticles.Concat(accepted.Select(f => byPath.GetValueOrDefault(f.Path)).OfType<ExistingArticle>()).Select(a => a.Id).ToList(),
            written, ChangedAuthorSlugs(parsed, removedPaths), cancellationToken);
        await RemoveUnusedTaxonomiesAsync(cancellationToken);

        return new WriteOutcome(added, updated, removedArticles.Count, parsed.Count(p => p.Failed), changedSlugs);
    }

    // Author profiles written or deleted in this sync, by slug (the file name, as ContentSync matches them).
    private static List<string> ChangedAuthorSlugs(IReadOnlyList<ParsedFile> parsed, IReadOnlySet<string> removedPaths) =>
        parsed.Where(p => p.Author is not null).Select(p => p.Author!.Slug)
            .Concat(removedPaths.Where(p => p.StartsWith("authors/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Select(p => SlugText.From(Path.GetFileNameWithoutExtension(p))))
            .ToList();

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

    /// <summary>The old URLs of removed articles, by content hash, so a moved file can take them along.</summary>
    private async Task<Dictionary<string, List<string>>> MovableHistoriesAsync(List<ExistingArticle> removed, CancellationToken cancellationToken)
    {
        var histories = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in removed.Where(a => a.ContentHash.Length > 0).DistinctBy(a => a.ContentHash))
            histories[article.ContentHash] = await SlugHistoryAsync(article, newSlug: "", cancellationToken);
        return histories;
    }

    private async Task<ArticleEntry> ToEntryAsync(ParsedFile file, List<string> slugHistory, UrlClaims claims,
        IReadOnlyDictionary<string, (int Width, int Height)?> images, CancellationToken cancellationToken)
    {
        var article = file.Article!;
        var lead = article.LeadImage is { } l ? images.GetValueOrDefault(l.Path) : null;
        var entry = new ArticleEntry
        {
            Slug = article.Slug,
            Title = article.Title,
            PublishedUtc = article.Date.UtcDateTime,
            PublishedMonth = ArchiveMonth.Of(article.Date),
            ModifiedUtc = article.LastModified?.UtcDateTime,
            ExpiresUtc = article.Expires?.UtcDateTime,
            Draft = article.Draft,
            Summary = article.Summary,
            Html = article.Html,
            PlainText = article.PlainText,
            Language = article.Language,
            Category = article.Category is { } category ? await CategoryAsync(category, cancellationToken) : null,
            LeadImagePath = article.LeadImage?.Path,
            LeadImageWidth = lead?.Width,
            LeadImageHeight = lead?.Height,
            SourcePath = file.Path,
            ContentHash = file.Hash,
            Authors = article.Authors.Select((a, i) => new ArticleAuthorEntry { Position = i, AuthorSlug = a.Slug, Name = a.Name }).ToList(),
            Gallery = article.Gallery.Select((g, i) => new GalleryImageEntry
            {
                Position = i,
                Path = g.Image.Path,
                Caption = g.Caption,
                Credit = g.Credit,
                Alt = g.Alt,
                Width = images.GetValueOrDefault(g.Image.Path)?.Width ?? 0,
                Height = images.GetValueOrDefault(g.Image.Path)?.Height ?? 0,
            }).ToList(),
        };

        var tags = await TagsAsync(cancellationToken);
        entry.Tags = article.Tags.Select((name, i) => new ArticleTagEntry { Tag = TagFor(tags, name), Position = i }).ToList();
        entry.Aliases = article.Aliases.Select(a => new AliasEntry { Path = a })
            .Concat(slugHistory.Where(h => claims.AliasOwner(h) is null || claims.AliasOwner(h) == file.Path)
                .Select(h => new AliasEntry { Path = h, FromSlugChange = true }))
            .DistinctBy(a => a.Path).ToList();
        return entry;
    }

    private TagEntry TagFor(Dictionary<string, TagEntry> tags, string name)
    {
        var slug = SlugText.From(name);
        if (!tags.TryGetValue(slug, out var tag))
        {
            tag = new TagEntry { Slug = slug, Name = name };
            tags[slug] = tag;
            context.Tags.Add(tag);
        }

        return tag;
    }

    private async Task<Dictionary<string, TagEntry>> TagsAsync(CancellationToken cancellationToken) =>
        _tags ??= await context.Tags.AsTracking().ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);

    private async Task<CategoryEntry?> CategoryAsync(string name, CancellationToken cancellationToken)
    {
        var slug = SlugText.From(name);
        if (slug.Length == 0)
            return null;
        _categories ??= await context.Categories.AsTracking().ToDictionaryAsync(c => c.Slug, StringComparer.Ordinal, cancellationToken);
        if (!_categories.TryGetValue(slug, out var category))
        {
            category = new CategoryEntry { Slug = slug, Name = name };
            _categories[slug] = category;
            context.Categories.Add(category);
        }

        return category;
    }

    private async Task WriteAuthorsAsync(List<Author> authors, CancellationToken cancellationToken)
    {
        var paths = authors.Select(a => a.SourcePath).ToList();
        var slugs = authors.Select(a => a.Slug).ToList();
        await context.Authors.Where(a => paths.Contains(a.SourcePath) || slugs.Contains(a.Slug)).ExecuteDeleteAsync(cancellationToken);
        context.Authors.AddRange(authors.DistinctBy(a => a.Slug).Select(a => new AuthorEntry
        {
            Slug = a.Slug,
            Name = a.Name,
            Role = a.Role,
            ImagePath = a.Image?.Path,
            BioHtml = a.BioHtml,
            SourcePath = a.SourcePath,
        }));
    }

    private async Task WriteSourceFilesAsync(IEnumerable<SourceFileEntry> changedFiles, IReadOnlySet<string> removedPaths, CancellationToken cancellationToken)
    {
        var files = changedFiles.ToList();
        var stale = files.Select(f => f.Path).Concat(removedPaths).ToList();
        await context.SourceFiles.Where(f => stale.Contains(f.Path)).ExecuteDeleteAsync(cancellationToken);
        context.SourceFiles.AddRange(files);
    }

    private async Task WriteProblemsAsync(IReadOnlyList<ParsedFile> parsed, IReadOnlySet<string> removedPaths, CancellationToken cancellationToken)
    {
        var stale = parsed.Select(p => p.Path).Concat(removedPaths).ToList();
        await context.Problems.Where(p => stale.Contains(p.Path)).ExecuteDeleteAsync(cancellationToken);
        context.Problems.AddRange(parsed.SelectMany(p => p.Problems).Select(p => new ProblemEntry
        {
            Path = p.Path,
            Line = p.Line,
            Column = p.Column,
            Severity = p.Severity,
            Code = p.Code,
            Message = p.Message,
        }));
    }

    private Task DeleteArticlesAsync(List<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.CompletedTask : context.Articles.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);

    private async Task RemoveUnusedTaxonomiesAsync(CancellationToken cancellationToken)
    {
        await context.Tags.Where(t => !context.ArticleTags.Any(at => at.TagId == t.Id)).ExecuteDeleteAsync(cancellationToken);
        await context.Categories.Where(c => !context.Articles.Any(a => a.CategoryId == c.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private sealed record ExistingArticle(int Id, string Slug, string SourcePath, string ContentHash);
}
