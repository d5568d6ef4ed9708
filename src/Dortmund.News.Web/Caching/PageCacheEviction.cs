using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// Evicts exactly the cached pages a sync changed (see <see cref="PageCacheTags"/>), the whole
/// cache at the moments scheduled articles appear or expire and events are over (they move from upcoming
/// to past), since no sync marks those, and the article pages whose downloads were made since they were
/// rendered (<see cref="EvictArticles"/>).
/// </summary>
internal sealed class PageCacheEviction(
    ContentSync sync,
    CatalogueVersion state,
    PageCache cache,
    IDbContextFactory<CatalogueDbContext> contexts,
    TimeProvider time,
    ILogger<PageCacheEviction> logger) : IHostedService, IDisposable
{
    private ITimer? _scheduled;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        sync.Changed += OnChanged;
        sync.Synced += OnSynced;
        // The first sync may already have run (the catalogue starts before this service).
        if (sync.LastSyncedAt is not null)
        {
            state.Advance();
            await ScheduleNextAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        sync.Changed -= OnChanged;
        sync.Synced -= OnSynced;
        _scheduled?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _scheduled?.Dispose();

    /// <summary>Evicts the pages of these articles, which show something that changed outside the catalogue (a download's size).</summary>
    public void EvictArticles(IReadOnlyCollection<string> slugs)
    {
        if (slugs.Count > 0)
            Evict(slugs.Select(PageCacheTags.Article).ToHashSet(StringComparer.Ordinal));
    }

    private void OnChanged(CatalogueChange change) => Evict(PageCacheTags.ToEvict(change));

    private void OnSynced(SyncReport report) =>
        _ = ScheduleNextAsync(CancellationToken.None);

    private void Evict(IReadOnlyCollection<string> tags)
    {
        state.Advance();
        // Before the sync's caller goes on: the next request sees the new pages.
        cache.Evict(tags);
        logger.LogDebug("Evicted cached pages tagged {Tags}", tags);
    }

    /// <summary>Arms a timer for the next time an article becomes visible or expires, or an event is over.</summary>
    private async Task ScheduleNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var nextPublished = await context.Articles.Where(a => a.PublishedUtc > now).MinAsync(a => (DateTime?)a.PublishedUtc, cancellationToken);
            var nextExpiry = await context.Articles.Where(a => a.ExpiresUtc > now).MinAsync(a => a.ExpiresUtc, cancellationToken);
            var nextEventOver = await context.ArticleEvents.Where(e => e.UntilUtc > now).MinAsync(e => (DateTime?)e.UntilUtc, cancellationToken);
            var next = new[] { nextPublished, nextExpiry, nextEventOver }.Where(d => d is not null).Min();
            _scheduled?.Dispose();
            if (next is null)
                return;
            var due = new DateTimeOffset(DateTime.SpecifyKind(next.Value, DateTimeKind.Utc)) - time.GetUtcNow();
            // Timers reach only ~49 days; a moment further off is looked up again in 40.
            if (due > TimeSpan.FromDays(40))
                _scheduled = time.CreateTimer(_ => _ = ScheduleNextAsync(CancellationToken.None), null, TimeSpan.FromDays(40), Timeout.InfiniteTimeSpan);
            else
                _scheduled = time.CreateTimer(_ => OnScheduledChange(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not schedule the next cache eviction for timed articles");
        }
    }

    private void OnScheduledChange()
    {
        Evict([PageCacheTags.Site]);
        _ = ScheduleNextAsync(CancellationToken.None);
    }
}
