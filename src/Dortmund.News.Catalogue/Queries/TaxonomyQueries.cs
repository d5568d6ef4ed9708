using System.Globalization;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Translations;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// The listings by category, tag and publication date, counting only public articles. Tags and categories are per
/// language (an English article's are English words); the overloads without a language are German's.
/// </summary>
public sealed class TaxonomyQueries(CatalogueDbContext context, Visibility visibility, ArticleQueries articles)
{
    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    private IQueryable<ArticleEntry> VisibleIn(string language) => visibility.Apply(context.Articles.AsNoTracking()).Where(a => a.Language == language);

    /// <summary>A category's public articles, newest first; null when unknown, without public articles, or past the last page.</summary>
    public Task<TaxonomyPage?> CategoryAsync(string slug, int page, CancellationToken cancellationToken) =>
        CategoryAsync(Languages.German, slug, page, cancellationToken);

    /// <summary>The same for a category of <paramref name="language"/>.</summary>
    public Task<TaxonomyPage?> CategoryAsync(string language, string slug, int page, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => CategoryPageAsync(language, slug, page, cancellationToken), cancellationToken);

    private async Task<TaxonomyPage?> CategoryPageAsync(string language, string slug, int page, CancellationToken cancellationToken)
    {
        var category = await context.Categories.AsNoTracking().Where(c => c.Language == language && c.Slug == slug)
            .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(cancellationToken);
        if (category is null)
            return null;
        // A category is of one language: its articles are too.
        return await TaxonomyPageAsync(new TaxonomyLink(slug, category.Name),
            visibility.Apply(context.Articles.AsNoTracking()).Where(a => a.CategoryId == category.Id), page, cancellationToken);
    }

    /// <summary>A tag's public articles, newest first; null when unknown, without public articles, or past the last page.</summary>
    public Task<TaxonomyPage?> TagAsync(string slug, int page, CancellationToken cancellationToken) =>
        TagAsync(Languages.German, slug, page, cancellationToken);

    /// <summary>The same for a tag of <paramref name="language"/>.</summary>
    public Task<TaxonomyPage?> TagAsync(string language, string slug, int page, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => TagPageAsync(language, slug, page, cancellationToken), cancellationToken);

    private async Task<TaxonomyPage?> TagPageAsync(string language, string slug, int page, CancellationToken cancellationToken)
    {
        var tag = await context.Tags.AsNoTracking().Where(t => t.Language == language && t.Slug == slug)
            .Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
            return null;
        // Counted from the tag's uses (its index) minus those of hidden articles (few): filtering every
        // article by a lookup of its tags, as the page itself does, costs a scan of every article.
        // Both at one moment, or an article published in between would be listed but not counted.
        var now = visibility.Now;
        var hidden = await visibility.HiddenIds(context.Articles.AsNoTracking(), now).ToListAsync(cancellationToken);
        var total = await context.ArticleTags.AsNoTracking().CountAsync(t => t.TagId == tag.Id && !hidden.Contains(t.ArticleId), cancellationToken);
        var listed = visibility.Apply(context.Articles.AsNoTracking(), now)
            .Where(a => context.ArticleTags.Any(t => t.ArticleId == a.Id && t.TagId == tag.Id));
        var listing = await articles.PageOfAsync(listed, total, page, cancellationToken);
        return Listed(new TaxonomyLink(slug, tag.Name), listing);
    }

    /// <summary>Every German tag with public articles and their number, in German alphabetical order.</summary>
    public Task<IReadOnlyList<TagCount>> TagsAsync(CancellationToken cancellationToken) => TagsAsync(Languages.German, cancellationToken);

    /// <summary>Every tag of <paramref name="language"/> with public articles and their number, in alphabetical order.</summary>
    public Task<IReadOnlyList<TagCount>> TagsAsync(string language, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => TagCountsAsync(language, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<TagCount>> TagCountsAsync(string language, CancellationToken cancellationToken)
    {
        // All uses per tag, minus those by hidden articles (drafts, scheduled, expired: few). Both read only
        // the small ArticleTags index; joining every use with the wide Articles rows would read them all.
        var hidden = (await visibility.HiddenIds(context.Articles.AsNoTracking()).ToListAsync(cancellationToken)).Distinct().ToList();
        var counts = await context.ArticleTags.AsNoTracking().GroupBy(t => t.TagId)
            .Select(g => new { TagId = g.Key, Count = g.Count() }).ToDictionaryAsync(t => t.TagId, t => t.Count, cancellationToken);
        if (hidden.Count > 0)
        {
            var hiddenUses = await context.ArticleTags.AsNoTracking().Where(t => hidden.Contains(t.ArticleId)).GroupBy(t => t.TagId)
                .Select(g => new { TagId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var use in hiddenUses)
                counts[use.TagId] -= use.Count;
        }

        var tags = await context.Tags.AsNoTracking().Where(t => t.Language == language).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(cancellationToken);
        return tags.Where(t => counts.GetValueOrDefault(t.Id) > 0)
            .Select(t => new TagCount(t.Slug, t.Name, counts[t.Id]))
            .OrderBy(t => t.Name, GermanOrder).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The archive: years with public German articles, newest first, each with its months.</summary>
    public Task<IReadOnlyList<ArchiveYear>> ArchiveAsync(CancellationToken cancellationToken) => ArchiveAsync(Languages.German, cancellationToken);

    /// <summary>The archive of <paramref name="language"/>: years with public articles in it, newest first, each with its months.</summary>
    public async Task<IReadOnlyList<ArchiveYear>> ArchiveAsync(string language, CancellationToken cancellationToken)
    {
        var months = await VisibleIn(language).GroupBy(a => a.PublishedMonth)
            .Select(m => new { m.Key, Count = m.Count() })
            .ToListAsync(cancellationToken);
        return months.Select(m => new ArchiveMonthCount(m.Key / 100, m.Key % 100, m.Count))
            .GroupBy(m => m.Year)
            .OrderByDescending(y => y.Key)
            .Select(y => new ArchiveYear(y.Key, y.Sum(m => m.Count), y.OrderByDescending(m => m.Month).ToList()))
            .ToList();
    }

    /// <summary>A year's (or one month's) public articles, newest first; null when there are none or past the last page.</summary>
    public Task<ArchivePage?> ArchivePageAsync(int year, int? month, int page, CancellationToken cancellationToken) =>
        ArchivePageAsync(Languages.German, year, month, page, cancellationToken);

    /// <summary>The same for the articles in <paramref name="language"/>.</summary>
    public Task<ArchivePage?> ArchivePageAsync(string language, int year, int? month, int page, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => PeriodPageAsync(language, year, month, page, cancellationToken), cancellationToken);

    private async Task<ArchivePage?> PeriodPageAsync(string language, int year, int? month, int page, CancellationToken cancellationToken)
    {
        var (first, last) = month is { } m ? (year * 100 + m, year * 100 + m) : (year * 100 + 1, year * 100 + 12);
        var listing = await articles.PageOfAsync(VisibleIn(language).Where(a => a.PublishedMonth >= first && a.PublishedMonth <= last), page, cancellationToken);
        return listing is null || listing.TotalCount == 0 ? null : new ArchivePage(year, month, listing);
    }

    private async Task<TaxonomyPage?> TaxonomyPageAsync(TaxonomyLink taxonomy, IQueryable<ArticleEntry> listed, int page, CancellationToken cancellationToken) =>
        Listed(taxonomy, await articles.PageOfAsync(listed, page, cancellationToken));

    // A listing without public articles does not exist for visitors: it would only reveal drafts or scheduled articles.
    private static TaxonomyPage? Listed(TaxonomyLink taxonomy, Page<ArticleCard>? listing) =>
        listing is null || listing.TotalCount == 0 ? null : new TaxonomyPage(taxonomy, listing);
}
