using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;

namespace Dortmund.News.Web.Hosting;

/// <summary>Prepares the catalogue file and syncs content/ into it before the first request is served.</summary>
internal sealed class CatalogueStartup(CatalogueDatabase database, ContentSync sync, ILogger<CatalogueStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        try
        {
            await sync.SyncAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // The site still serves the catalogue it has; the next sync tries again.
            logger.LogError(e, "Content sync failed at startup");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
