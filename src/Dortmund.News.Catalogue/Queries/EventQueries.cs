using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Translations;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// The events articles announce: upcoming ones (not over yet: before their end, or before their start when they name
/// no end) soonest first, past ones latest first, and all
/// public ones for the subscribable calendar. Visible as their articles are.
/// </summary>
public sealed class EventQueries(CatalogueDbContext context, Visibility visibility)
{
    public const int PageSize = 10;

    /// <summary>Events not over yet, soonest first; null past the last page (page 1 exists, perhaps empty).</summary>
    public Task<Page<CalendarEntry>?> UpcomingAsync(int page, CancellationToken cancellationToken) =>
        UpcomingAsync(Languages.German, page, cancellationToken);

    /// <summary>The same, of the articles in <paramref name="language"/>.</summary>
    public Task<Page<CalendarEntry>?> UpcomingAsync(string language, int page, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() =>
        {
            var now = visibility.Now;
            return PageOfAsync(Of(visibility.Apply(context.Articles.AsNoTracking(), now).Where(a => a.Language == language)).Where(x => x.Event.UntilUtc > now)
                .OrderBy(x => x.Event.StartUtc).ThenBy(x => x.Article.Slug), page, cancellationToken);
        }, cancellationToken);

    /// <summary>Events that are over, the latest first; null past the last page.</summary>
    public Task<Page<CalendarEntry>?> PastAsync(int page, CancellationToken cancellationToken) =>
        PastAsync(Languages.German, page, cancellationToken);

    /// <summary>The same, of the articles in <paramref name="language"/>.</summary>
    public Task<Page<CalendarEntry>?> PastAsync(string language, int page, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() =>
        {
            var now = visibility.Now;
            return PageOfAsync(Of(visibility.Apply(context.Articles.AsNoTracking(), now).Where(a => a.Language == language)).Where(x => x.Event.UntilUtc <= now)
                .OrderByDescending(x => x.Event.StartUtc).ThenBy(x => x.Article.Slug), page, cancellationToken);
        }, cancellationToken);

    /// <summary>Every event of a public German article (never a draft: calendars are kept by others), soonest first.</summary>
    public Task<IReadOnlyList<CalendarEntry>> CalendarAsync(CancellationToken cancellationToken) => CalendarAsync(Languages.German, cancellationToken);

    /// <summary>The same, of the articles in <paramref name="language"/>.</summary>
    public Task<IReadOnlyList<CalendarEntry>> CalendarAsync(string language, CancellationToken cancellationToken) =>
        ListAsync(Of(visibility.ApplyPublic(context.Articles.AsNoTracking()).Where(a => a.Language == language)), cancellationToken);

    /// <summary>The event of the visible German article <paramref name="slug"/>, or null.</summary>
    public Task<CalendarEntry?> OfArticleAsync(string slug, CancellationToken cancellationToken) =>
        OfArticleAsync(Languages.German, slug, cancellationToken);

    /// <summary>The event of the visible article <paramref name="slug"/> in <paramref name="language"/>, or null.</summary>
    public async Task<CalendarEntry?> OfArticleAsync(string language, string slug, CancellationToken cancellationToken) =>
        (await ListAsync(Of(visibility.Apply(context.Articles.AsNoTracking()).Where(a => a.Language == language && a.Slug == slug)), cancellationToken)).FirstOrDefault();

    private IQueryable<EventRow> Of(IQueryable<ArticleEntry> articles) =>
        context.ArticleEvents.AsNoTracking().Join(articles, e => e.ArticleId, a => a.Id, (e, a) => new EventRow { Event = e, Article = a });

    private async Task<IReadOnlyList<CalendarEntry>> ListAsync(IQueryable<EventRow> rows, CancellationToken cancellationToken) =>
        (await Project(rows.OrderBy(x => x.Event.StartUtc).ThenBy(x => x.Article.Slug)).ToListAsync(cancellationToken)).Select(Entry).ToList();

    private static async Task<Page<CalendarEntry>?> PageOfAsync(IOrderedQueryable<EventRow> rows, int page, CancellationToken cancellationToken)
    {
        var result = new Page<CalendarEntry>([], page, PageSize, await rows.CountAsync(cancellationToken));
        if (page < 1 || page > result.PageCount)
            return null;
        var items = await Project(rows.Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return result with { Items = items.Select(Entry).ToList() };
    }

    private static IQueryable<EventColumns> Project(IQueryable<EventRow> rows) =>
        rows.Select(x => new EventColumns
        {
            Slug = x.Article.Slug, Title = x.Article.Title, Summary = x.Article.Summary, PublishedUtc = x.Article.PublishedUtc,
            ModifiedUtc = x.Article.ModifiedUtc, Event = x.Event,
        });

    private static CalendarEntry Entry(EventColumns c) =>
        new(c.Slug, c.Title, c.Summary, c.ModifiedUtc is { } m && m > c.PublishedUtc ? m : c.PublishedUtc, EventView.Of(c.Event));

    // Classes set by initializers, not records: EF Core translates member access through an initializer, not through a constructor.
    private sealed class EventRow
    {
        public required ArticleEventEntry Event { get; init; }
        public required ArticleEntry Article { get; init; }
    }

    private sealed class EventColumns
    {
        public required string Slug { get; init; }
        public required string Title { get; init; }
        public required string Summary { get; init; }
        public DateTime PublishedUtc { get; init; }
        public DateTime? ModifiedUtc { get; init; }
        public required ArticleEventEntry Event { get; init; }
    }
}
