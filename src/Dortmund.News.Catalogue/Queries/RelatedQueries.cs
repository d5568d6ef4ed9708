using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>What to read next: related articles and the neighbours by date.</summary>
public sealed class RelatedQueries(CatalogueDbContext context, Visibility visibility, ArticleQueries articles)
{
    public const int RelatedCount = 3;

    private IQueryable<ArticleEntry> Visible => visibility.Apply(context.Articles.AsNoTracking());

    /// <summary>
    /// Up to three public articles sharing the most tags with article <paramref name="articleId"/>, then its
    /// category, then the newest; and the public articles just before and after it in the listing order.
    /// </summary>
    public Task<RelatedArticles> ForAsync(int articleId, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => RelatedAsync(articleId, cancellationToken), cancellationToken);

    private async Task<RelatedArticles> RelatedAsync(int articleId, CancellationToken cancellationToken)
    {
        var article = await context.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.CategoryId, a.PublishedUtc, a.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return new RelatedArticles([], null, null);

        var tagIds = await context.ArticleTags.AsNoTracking().Where(t => t.ArticleId == articleId).Select(t => t.TagId).ToListAsync(cancellationToken);
        var categoryId = article.CategoryId;
        // Scored without reading wide article rows: shared tags from the small ArticleTags index, the same
        // category from the category index (CategoryId lies behind the body in the row). Only the tier
        // of equally scored candidates that decides the last places is read, for its dates.
        var sharedTags = await context.ArticleTags.AsNoTracking()
            .Where(t => tagIds.Contains(t.TagId) && t.ArticleId != articleId)
            .GroupBy(t => t.ArticleId)
            .Select(g => new { ArticleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ArticleId, g => g.Count, cancellationToken);
        var sameCategory = categoryId is null
            ? []
            : (await Visible.Where(a => a.CategoryId == categoryId && a.Id != articleId).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var tiers = sharedTags.Keys.Union(sameCategory)
            .GroupBy(id => (Shared: sharedTags.GetValueOrDefault(id), SameCategory: sameCategory.Contains(id)))
            .OrderByDescending(t => t.Key.Shared).ThenByDescending(t => t.Key.SameCategory);
        var related = new List<(int Id, string Slug)>();
        foreach (var tier in tiers)
        {
            var ids = tier.ToList();
            var newest = await Visible.Where(a => EF.Parameter(ids).Contains(a.Id))
                .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
                .Take(RelatedCount - related.Count).Select(a => new { a.Id, a.Slug })
                .ToListAsync(cancellationToken);
            related.AddRange(newest.Select(a => (a.Id, a.Slug)));
            if (related.Count == RelatedCount)
                break;
        }

        // The cards come from the listing projection (newest first); put them back in relevance order.
        var relatedIds = related.Select(a => a.Id).ToList();
        var cards = related.Count == 0
            ? []
            : (await articles.PageOfAsync(Visible.Where(a => relatedIds.Contains(a.Id)), 1, cancellationToken))?.Items ?? [];
        var rank = related.Select((a, index) => (a.Slug, index)).ToDictionary(x => x.Slug, x => x.index, StringComparer.Ordinal);

        var (published, slug) = (article.PublishedUtc, article.Slug);
        var older = await Visible
            .Where(a => a.PublishedUtc < published || (a.PublishedUtc == published && a.Slug.CompareTo(slug) > 0))
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Select(a => new ArticleLink(a.Slug, a.Title, a.PublishedUtc)).FirstOrDefaultAsync(cancellationToken);
        var newer = await Visible
            .Where(a => a.PublishedUtc > published || (a.PublishedUtc == published && a.Slug.CompareTo(slug) < 0))
            .OrderBy(a => a.PublishedUtc).ThenByDescending(a => a.Slug)
            .Select(a => new ArticleLink(a.Slug, a.Title, a.PublishedUtc)).FirstOrDefaultAsync(cancellationToken);
        return new RelatedArticles(cards.OrderBy(c => rank[c.Slug]).ToList(), older, newer);
    }
}
