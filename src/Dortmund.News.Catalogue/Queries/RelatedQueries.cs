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
    public async Task<RelatedArticles> ForAsync(int articleId, CancellationToken cancellationToken)
    {
        var article = await context.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.CategoryId, a.PublishedUtc, a.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return new RelatedArticles([], null, null);

        var tagIds = await context.ArticleTags.AsNoTracking().Where(t => t.ArticleId == articleId).Select(t => t.TagId).ToListAsync(cancellationToken);
        var categoryId = article.CategoryId;
        // Scored from the small ArticleTags table, then joined with the visible articles by id; a scan of
        // all articles for shared tags would read every wide article row.
        var sharedTags = context.ArticleTags.AsNoTracking()
            .Where(t => tagIds.Contains(t.TagId) && t.ArticleId != articleId)
            .GroupBy(t => t.ArticleId)
            .Select(g => new { ArticleId = g.Key, Count = g.Count() });
        var related = await sharedTags
            .Join(Visible, s => s.ArticleId, a => a.Id, (s, a) => new
            {
                a.Id, a.Slug, a.PublishedUtc, SharedTags = s.Count,
                SameCategory = categoryId != null && a.CategoryId == categoryId ? 1 : 0,
            })
            .OrderByDescending(a => a.SharedTags).ThenByDescending(a => a.SameCategory)
            .ThenByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Take(RelatedCount).Select(a => new { a.Id, a.Slug })
            .ToListAsync(cancellationToken);
        if (related.Count < RelatedCount && categoryId is not null)
        {
            // Fewer than three share a tag: the newest of the same category follow.
            var taken = related.Select(r => r.Id).Append(articleId).ToList();
            related.AddRange(await Visible.Where(a => a.CategoryId == categoryId && !taken.Contains(a.Id))
                .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
                .Take(RelatedCount - related.Count).Select(a => new { a.Id, a.Slug })
                .ToListAsync(cancellationToken));
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
