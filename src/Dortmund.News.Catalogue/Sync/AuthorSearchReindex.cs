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
            foreach (var (id, text) in await StoredSearchText.LoadAsync(context, chunk, profileNames, cancellationToken))
                rows.ReplaceSearchRow(id, text);
        }
    }
}
