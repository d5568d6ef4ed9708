using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;

namespace Dortmund.News.Web.Hosting;

internal static class CatalogueHostingExtensions
{
    /// <summary>The catalogue, the hosted service that prepares and syncs it before the site serves, and live sync.</summary>
    public static IServiceCollection AddContentCatalogue(this IServiceCollection services)
    {
        services.AddCatalogue();
        services.AddHostedService<CatalogueStartup>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }
}
