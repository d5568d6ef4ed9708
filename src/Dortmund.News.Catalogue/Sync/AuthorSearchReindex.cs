using Dortmund.News.Catalogue.Search;
using Dortmund.News.Content.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Re-indexes articles that name an author whose profile changed in a sync (the profile's name is
/// searchable), inside the sync's transaction. Articles written in the same sync are indexed by the
/// sync itself and left out.
/// </summary>
internal sealed class AuthorSearchReindex(CatalogueDbContext context, CatalogueRows rows)
{
    private const int ChunkSize = 500;

    public async Task RunAsync(IReadOnlyCollection<string> changedAuthorSlugs, IReadOnlySet<int> writtenIds,
        IReadOnlyDictionary<string, string> profileNames, CancellationToken cancellationToken)
    {
        var slugs = changedAuthorSlugs.Distinct().ToList();
        if (slugs.Count == 0)
            return;
        var ids = (await context.ArticleAuthors.AsNoTracking().Where(a => slugs.Contains(a.AuthorSlug)).Select(a => a.ArticleId)
            .Distinct().ToListAsync(cancellationToken)).Where(id => !writtenIds.Contains(id)).ToList();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            foreach (var (id, text) in await LoadAsync(chunk, profileNames, cancellationToken))
                rows.ReplaceSearchRow(id, text);
        }
    }

    private async Task<List<(int Id, SearchText Text)>> LoadAsync(int[] ids, IReadOnlyDictionary<string, string> profileNames, CancellationToken cancellationToken)
    {
        var articles = await context.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Summary, a.Html }).ToListAsync(cancellationToken);
        var tags = (await context.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).OrderBy(t => t.Position)
            .Select(t => new { t.ArticleId, t.Tag.Name }).ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId, t => t.Name);
        var authors = (await context.ArticleAuthors.AsNoTracking().Where(a => ids.Contains(a.ArticleId)).OrderBy(a => a.Position)
            .Select(a => new { a.ArticleId, a.AuthorSlug, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => profileNames.GetValueOrDefault(a.AuthorSlug) ?? a.Name);
        var captions = (await context.GalleryImages.AsNoTracking().Where(g => ids.Contains(g.ArticleId)).OrderBy(g => g.Position)
            .Select(g => new { g.ArticleId, g.Caption }).ToListAsync(cancellationToken)).ToLookup(g => g.ArticleId, g => g.Caption);
        return articles.Select(a => (a.Id, SearchText.Of(a.Title, a.Summary, HtmlText.Of(a.Html), tags[a.Id].Concat(authors[a.Id]).Concat(captions[a.Id]))))
            .ToList();
    }
}
