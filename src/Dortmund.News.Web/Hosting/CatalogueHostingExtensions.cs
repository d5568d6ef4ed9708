using Dortmund.News.Catalogue;

namespace Dortmund.News.Web.Hosting;

internal static class CatalogueHostingExtensions
{
    /// <summary>The catalogue, and the hosted service that prepares and syncs it before the site serves.</summary>
    public static IServiceCollection AddContentCatalogue(this IServiceCollection services)
    {
        services.AddCatalogue();
        services.AddHostedService<CatalogueStartup>();
        return services;
    }
}
