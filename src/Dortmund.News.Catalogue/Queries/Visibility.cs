using Dortmund.News.Catalogue.Model;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// Which articles visitors see, decided at query time: published (date reached), not expired, and
/// not a draft unless drafts are shown (as the site decides: <see cref="CatalogueSettings.ShowDrafts"/>).
/// So a scheduled article appears by itself.
/// </summary>
public sealed class Visibility(TimeProvider time, bool showDrafts)
{
    /// <summary>True in the editors' preview, where drafts are listed with a badge.</summary>
    public bool ShowDrafts { get; } = showDrafts;

    /// <summary>The time visibility is decided at (UTC); a query made of several parts takes it once.</summary>
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Filters <paramref name="articles"/> to those visible now.</summary>
    public IQueryable<ArticleEntry> Apply(IQueryable<ArticleEntry> articles) => Apply(articles, Now);

    /// <summary>Filters <paramref name="articles"/> to those visible at <paramref name="now"/>.</summary>
    public IQueryable<ArticleEntry> Apply(IQueryable<ArticleEntry> articles, DateTime now)
    {
        var visible = articles.Where(a => a.PublishedUtc <= now && (a.ExpiresUtc == null || a.ExpiresUtc > now));
        return ShowDrafts ? visible : visible.Where(a => !a.Draft);
    }

    /// <summary>
    /// The ids of the articles <see cref="Apply"/> filters out (scheduled, expired, drafts): usually few, so
    /// a query over another table (the search index, tag uses) can exclude them by id instead of joining
    /// the wide rows. An id may come more than once.
    /// </summary>
    public IQueryable<int> HiddenIds(IQueryable<ArticleEntry> articles) => HiddenIds(articles, Now);

    /// <summary>The ids <see cref="Apply(IQueryable{ArticleEntry}, DateTime)"/> filters out at <paramref name="now"/>.</summary>
    public IQueryable<int> HiddenIds(IQueryable<ArticleEntry> articles, DateTime now)
    {
        // Each kind is an index lookup, joined with UNION ALL: an OR of them scans every article, and a
        // UNION that removes repeats costs more than the repeats.
        var hidden = articles.Where(a => a.PublishedUtc > now).Select(a => a.Id)
            .Concat(articles.Where(a => a.ExpiresUtc != null && a.ExpiresUtc <= now).Select(a => a.Id));
        return ShowDrafts ? hidden : hidden.Concat(articles.Where(a => a.Draft).Select(a => a.Id));
    }

    /// <summary>
    /// Filters <paramref name="articles"/> to those that will be public later without an editor's change: scheduled,
    /// not drafts, not expiring before they appear. Only an embargo link shows them before their moment.
    /// </summary>
    public IQueryable<ArticleEntry> ApplyScheduled(IQueryable<ArticleEntry> articles, DateTime now) =>
        articles.Where(a => a.PublishedUtc > now && !a.Draft && (a.ExpiresUtc == null || a.ExpiresUtc > a.PublishedUtc));

    /// <summary>
    /// Filters <paramref name="articles"/> to those the public sees now, drafts excluded even in the
    /// editors' preview: for feeds and sitemaps, which leave the site and are cached by others.
    /// </summary>
    public IQueryable<ArticleEntry> ApplyPublic(IQueryable<ArticleEntry> articles) =>
        Apply(articles).Where(a => !a.Draft);
}
