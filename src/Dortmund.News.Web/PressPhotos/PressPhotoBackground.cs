using System.Diagnostics;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Web.Caching;
using Dortmund.News.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// After each sync: deletes the downloads no article offers any more, and makes the missing ones of the newest
/// articles (<see cref="PressPhotoOptions.MadeAheadForNewest"/>), newest first, each article's photos and then its
/// ZIP, so journalists rarely wait. It starts once the first requests had their head start (<see cref="BackgroundStart"/>)
/// and the image variants are done (pages need those first), and it starts over when another sync comes in between.
/// Pages showing downloads made meanwhile are evicted every few seconds, so they show the files' sizes.
/// </summary>
internal sealed class PressPhotoBackground(
    ContentSync sync, ImageVariantStore variants, PressPhotoStore store, PressPhotoDownloads downloads, IServiceScopeFactory scopes,
    PageCacheEviction pages, IOptions<PressPhotoOptions> options, BackgroundStart backgroundStart, ILogger<PressPhotoBackground> logger) : BackgroundService
{
    private static readonly TimeSpan EvictionInterval = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _synced = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        sync.Synced += OnSynced;
        try
        {
            await backgroundStart.WaitAsync(stoppingToken);
            if (sync.LastSyncedAt is not null)
                Wake();
            while (!stoppingToken.IsCancellationRequested)
            {
                await _synced.WaitAsync(stoppingToken);
                while (variants.IsBusy)
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                try
                {
                    await CatchUpAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next sync tries again; meanwhile each download is made when asked for.
                    logger.LogError(e, "Making photo downloads in the background failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site stops.
        }
        finally
        {
            sync.Synced -= OnSynced;
        }
    }

    private void OnSynced(SyncReport report) => Wake();

    private void Wake()
    {
        if (_synced.CurrentCount == 0)
        {
            try
            {
                _synced.Release();
            }
            catch (SemaphoreFullException)
            {
                // Two syncs at once: one catch-up covers both.
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        // Nothing to make and nothing to delete: no reading of every gallery beside the site's first requests.
        if (!options.Value.MakeInBackground && store.IsEmpty)
            return;

        // The file system's clock, not the site's: files written from now on may belong to a newer catalogue.
        var since = DateTime.UtcNow;
        IReadOnlyList<ArticlePhotos> articles;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var galleries = await scope.ServiceProvider.GetRequiredService<PressPhotoQueries>().PublicOrScheduledAsync(stoppingToken);
            articles = galleries.Select(downloads.Of).Where(a => a.Photos.Count > 0).ToList();
        }

        // Made before the stale files go: a photo whose rights changed takes its pixels from its old file.
        if (options.Value.MakeInBackground && !await MakeMissingAsync(articles.Take(options.Value.MadeAheadForNewest).ToList(), stoppingToken))
            return;
        store.RemoveAllBut(articles.SelectMany(a => a.Photos.Select(p => p.StoredName).Append(a.ArchiveStoredName)).ToHashSet(StringComparer.Ordinal),
            since);
    }

    /// <summary>Makes every download of <paramref name="articles"/> not made yet; false when a newer sync came in between.</summary>
    private async Task<bool> MakeMissingAsync(IReadOnlyList<ArticlePhotos> articles, CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var made = 0;
        var unevicted = new HashSet<string>(StringComparer.Ordinal);
        var lastEviction = Stopwatch.StartNew();
        var complete = true;
        foreach (var article in articles)
        {
            // A newer catalogue came in: start over from it rather than make what it may no longer offer.
            if (_synced.CurrentCount > 0)
            {
                complete = false;
                break;
            }

            var madeNow = false;
            foreach (var photo in article.Photos)
                madeNow |= (await store.PhotoAsync(photo, stoppingToken))?.MadeNow ?? false;
            madeNow |= (await store.ArchiveAsync(article, stoppingToken))?.MadeNow ?? false;
            if (!madeNow)
                continue;
            made++;
            unevicted.Add(article.Slug);
            if (lastEviction.Elapsed >= EvictionInterval)
            {
                pages.EvictArticles(unevicted);
                unevicted.Clear();
                lastEviction.Restart();
            }
        }

        pages.EvictArticles(unevicted);
        if (made > 0)
            logger.LogInformation("Photo downloads: made for {Count} articles in the background in {Milliseconds} ms", made, stopwatch.ElapsedMilliseconds);
        return complete;
    }
}
