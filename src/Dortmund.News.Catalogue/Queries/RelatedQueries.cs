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
            .Select(a => new { a.CategoryId, a.PublishedUtc, a.Slug, a.Language }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return new RelatedArticles([], null, null);

        // Scored in SQLite from the narrow ArticleTags table and the category index; only the best tiers of
        // candidates, enough to fill the places, are read for their dates. Pulling every candidate into .NET
        // (thousands on a large site) made garbage per render (docs/performance.md, Memory).
        var candidates = Candidates(articleId, article.CategoryId, visibility.Now);
        // The score of the third best candidate: every candidate scoring at least that competes for the places.
        var lowestScoreNeeded = await candidates.OrderByDescending(c => c.Score).Select(c => c.Score)
            .Skip(RelatedCount - 1).FirstOrDefaultAsync(cancellationToken);
        var related = await candidates.Where(c => c.Score >= lowestScoreNeeded)
            .Join(context.Articles, c => c.Id, a => a.Id, (c, a) => new { c.Score, a.Id, a.Slug, a.PublishedUtc })
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedUtc).ThenBy(c => c.Slug)
            .Take(RelatedCount).Select(c => new { c.Id, c.Slug })
            .ToListAsync(cancellationToken);

        // Tags and categories are per language, so the related articles are in the article's language; the neighbours are too.
        var (published, slug, language) = (article.PublishedUtc, article.Slug, article.Language);
        var visible = Visible.Where(a => a.Language == language);
        var older = await visible
            .Where(a => a.PublishedUtc < published || (a.PublishedUtc == published && a.Slug.CompareTo(slug) > 0))
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
        var newer = await visible
            .Where(a => a.PublishedUtc > published || (a.PublishedUtc == published && a.Slug.CompareTo(slug) < 0))
            .OrderBy(a => a.PublishedUtc).ThenByDescending(a => a.Slug)
            .Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);

        // Related and neighbours are all shown as cards: one read of the listing projection (at most five
        // articles, newest first), then each card put back in its place.
        var slugs = related.Select(a => a.Slug).Concat(new[] { older, newer }.OfType<string>()).Distinct().ToList();
        var cards = slugs.Count == 0
            ? []
            : (await articles.PageOfAsync(visible.Where(a => slugs.Contains(a.Slug)), 1, cancellationToken))?.Items ?? [];
        var bySlug = cards.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        ArticleCard? CardOf(string? s) => s is null ? null : bySlug.GetValueOrDefault(s);
        return new RelatedArticles(related.Select(a => CardOf(a.Slug)).OfType<ArticleCard>().ToList(), CardOf(older), CardOf(newer));
    }

    /// <summary>
    /// The public articles other than <paramref name="articleId"/> that share a tag or its category, each
    /// scored twice its shared tags plus one for the same category: so more shared tags rank first and
    /// the category breaks ties. Hidden articles are left out by id (<see cref="Visibility.HiddenIds"/>),
    /// so counting candidates reads no article rows.
    /// </summary>
    private IQueryable<RelatedCandidate> Candidates(int articleId, int? categoryId, DateTime now)
    {
        var tagIds = context.ArticleTags.Where(t => t.ArticleId == articleId).Select(t => t.TagId);
        var sharedTags = context.ArticleTags.AsNoTracking()
            .Where(t => t.ArticleId != articleId && tagIds.Contains(t.TagId))
            .Select(t => new { Id = t.ArticleId, Score = 2 });
        var sameCategory = context.Articles.AsNoTracking()
            .Where(a => categoryId != null && a.CategoryId == categoryId && a.Id != articleId)
            .Select(a => new { a.Id, Score = 1 });
        var hidden = visibility.HiddenIds(context.Articles.AsNoTracking(), now);
        return sharedTags.Concat(sameCategory)
            .Where(c => !hidden.Contains(c.Id))
            .GroupBy(c => c.Id)
            .Select(g => new RelatedCandidate { Id = g.Key, Score = g.Sum(c => c.Score) });
    }

    // Set with an initializer, not a constructor, so EF Core can still filter and group on its members.
    private sealed class RelatedCandidate
    {
        public int Id { get; init; }
        public int Score { get; init; }
    }
}
