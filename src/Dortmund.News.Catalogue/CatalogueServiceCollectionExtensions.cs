using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Dortmund.News.Catalogue;

public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// The catalogue in the site's host: settings from <c>Content:Path</c> and <c>ConnectionStrings:Catalogue</c>,
    /// drafts shown in Development. Settings are read when first needed, so test hosts can override them.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddSingleton(sp => CatalogueSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => new Visibility(sp.GetRequiredService<TimeProvider>(),
            showDrafts: sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        return services.AddCatalogueServices();
    }

    /// <summary>
    /// The catalogue without a host, as tests, benchmarks and tools use it: for the content folder and
    /// catalogue file in <paramref name="settings"/> (<see cref="CatalogueSettings.For"/>).
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, CatalogueSettings settings, bool showDrafts = false)
    {
        services.AddLogging();
        services.AddSingleton(settings);
        services.AddSingleton(sp => new Visibility(sp.GetRequiredService<TimeProvider>(), showDrafts));
        return services.AddCatalogueServices();
    }

    /// <summary>The SQLite context, the sync and the read queries.</summary>
    private static IServiceCollection AddCatalogueServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<CatalogueDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<CatalogueSettings>().ConnectionString)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContext());
        services.AddSingleton<CatalogueDatabase>();
        services.AddSingleton<ImageVariantStore>();
        services.AddSingleton<ContentSync>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<TaxonomyQueries>();
        services.AddScoped<RelatedQueries>();
        services.AddScoped<EditorPreviewQueries>();
        services.AddScoped<SyndicationQueries>();
        services.AddScoped<ImageQueries>();
        return services;
    }
}
