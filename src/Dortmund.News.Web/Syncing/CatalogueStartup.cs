using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Web.Health;
using Dortmund.News.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace Dortmund.News.Web.Syncing;

/// <summary>
/// Prepares the catalogue file before the first request. A new catalogue is synced first (there is
/// nothing to serve before); the catalogue of an earlier run is served at once, while a sync in the
/// background brings in whatever changed in content/ meanwhile (the live-sync watcher's first pass, or one
/// started here when live sync is off), once the first requests had their head start (<see cref="BackgroundStart"/>).
/// </summary>
internal sealed class CatalogueStartup(
    CatalogueDatabase database, CatalogueSettings settings, ContentSync sync, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    BackgroundStart backgroundStart, IConfiguration configuration, ILogger<CatalogueStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken))
        {
            logger.LogInformation("Serving the catalogue of the previous run while content/ is checked for changes");
            sync.ResumeEarlierCatalogue();
            _ = Task.Run(WarmUpReadinessAsync, CancellationToken.None);
            if (!configuration.GetValue(ContentWatcher.EnabledKey, true))
                _ = Task.Run(SyncInBackgroundAsync, CancellationToken.None);
            return;
        }

        // The variants and search rows a first sync leaves to the background wait until the site has served
        // for a moment: they would compete with its start and its first requests for the cores.
        sync.HoldBackgroundWorkUntil(backgroundStart.WaitAsync(CancellationToken.None));
        await SyncAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await database.PrepareAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new StartupFailure($"cannot open or create the catalogue {settings.DatabasePath} (ConnectionStrings:Catalogue): {e.Message}", e);
        }
    }

    // The first /readyz would build EF Core's model and compile its queries (~0.3 s): on a second core, while the
    // server starts, it is done before a load balancer asks.
    private async Task WarmUpReadinessAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Readiness>().CheckAsync(stopping);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // The site stopped while starting.
        }
        catch (ObjectDisposedException)
        {
            // The site stopped while starting.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Readiness check at startup failed; /readyz will report why");
        }
    }

    // Nobody awaits this one: every failure is logged here, and /readyz reports it (ContentSync.LastFailure).
    private async Task SyncInBackgroundAsync()
    {
        try
        {
            await backgroundStart.WaitAsync(lifetime.ApplicationStopping);
            await sync.SyncAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The site stopped before its head start was over.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Content sync after startup failed; the site serves the catalogue of the previous run");
        }
    }

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sync.SyncAsync(cancellationToken);
        }
        catch (DirectoryNotFoundException e) when (!Directory.Exists(settings.ContentPath))
        {
            // A new catalogue has nothing to serve: a site that answered every page with 404 would look like it worked.
            // (With a catalogue of an earlier run the site serves it, and /readyz reports the missing folder.)
            throw new StartupFailure($"the content folder {settings.ContentPath} does not exist (Content:Path), and there is no catalogue of an earlier run to serve", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StartupFailure($"cannot read the content folder {settings.ContentPath} (Content:Path): {e.Message}", e);
        }
        catch (IOException e)
        {
            // The site still serves the catalogue it has; the next sync tries again.
            logger.LogError(e, "Content sync failed at startup");
        }
    }
}
