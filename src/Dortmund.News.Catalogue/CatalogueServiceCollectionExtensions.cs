using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dortmund.News.Catalogue;

public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// The catalogue: the SQLite context, the sync and the read queries, following the
    /// <paramref name="settings"/> the host gives. They are made when first needed, so test hosts can
    /// override what the host reads them from.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, Func<IServiceProvider, CatalogueSettings> settings)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddDbContextFactory<CatalogueDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<CatalogueSettings>().ConnectionString,
                    // A list in a query is one JSON parameter (json_each), not one parameter per item: SQLite takes at most
                    // 32,766 in a statement, and a sync's lists of paths grow with content/ (40,000 photos in an archive).
                    sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContext());
        services.AddSingleton<CatalogueDatabase>();
        services.AddSingleton<ImageVariantStore>();
        services.AddSingleton<ContentSync>();
        services.AddSingleton(sp => new Visibility(sp.GetRequiredService<TimeProvider>(),
            showDrafts: sp.GetRequiredService<CatalogueSettings>().ShowDrafts));
        services.AddScoped<ArticleQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<TaxonomyQueries>();
        services.AddScoped<RelatedQueries>();
        services.AddScoped<EditorPreviewQueries>();
        services.AddScoped<SyndicationQueries>();
        services.AddScoped<ImageQueries>();
        services.AddScoped<EventQueries>();
        services.AddScoped<AttachmentQueries>();
        services.AddScoped<PressQueries>();
        services.AddScoped<PressPhotoQueries>();
        return services;
    }

    /// <summary>The catalogue without a host, as tests, benchmarks and tools use it: for fixed <paramref name="settings"/>.</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, CatalogueSettings settings) =>
        services.AddCatalogue(_ => settings);
}
