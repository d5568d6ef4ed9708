using Dortmund.News.Catalogue;
using Dortmund.News.Web.EditorPreview;
using Dortmund.News.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dortmund.News.Web.Syncing;

/// <summary>The catalogue as this site hosts it. Public for the test hosts, which set its two settings.</summary>
public static class CatalogueHostingExtensions
{
    /// <summary>The content folder; relative to the content root.</summary>
    public const string ContentPathKey = "Content:Path";

    /// <summary>Up to this many new images a sync resizes itself; more are resized in the background after it (<see cref="CatalogueSettings.ImagesResizedDuringSync"/>).</summary>
    public const string ImagesResizedDuringSyncKey = "Catalogue:ImagesResizedDuringSync";

    /// <summary>Up to this many articles a sync indexes for search itself; more are indexed in the background after it (<see cref="CatalogueSettings.ArticlesIndexedDuringSync"/>).</summary>
    public const string ArticlesIndexedDuringSyncKey = "Catalogue:ArticlesIndexedDuringSync";

    /// <summary>The catalogue's SQLite connection string, under <c>ConnectionStrings:</c>; its relative data source is relative to the content root.</summary>
    public const string ConnectionStringName = "Catalogue";

    /// <summary>
    /// The catalogue, told what this site decides (<see cref="SettingsFrom"/>), the hosted service that prepares
    /// and syncs it before the site serves, and live sync.
    /// </summary>
    public static IServiceCollection AddContentCatalogue(this IServiceCollection services)
    {
        services.AddCatalogue(sp => SettingsFrom(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<EditorPreviewMode>()));
        services.TryAddSingleton<BackgroundStart>();
        services.AddHostedService<CatalogueStartup>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    /// <summary>
    /// Paths from <c>Content:Path</c> and <c>ConnectionStrings:Catalogue</c>, relative ones relative to the app's
    /// content root; the URL of article pages from <see cref="SiteRoutes"/>; drafts shown in the editors' preview.
    /// </summary>
    public static CatalogueSettings SettingsFrom(IConfiguration configuration, IHostEnvironment environment, EditorPreviewMode preview)
    {
        var contentPath = configuration[ContentPathKey]
            ?? throw new InvalidOperationException($"Set '{ContentPathKey}' to the content folder.");
        var connection = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName)
            ?? "Data Source=data/catalogue.db");
        connection.DataSource = Path.GetFullPath(connection.DataSource, environment.ContentRootPath);
        var settings = new CatalogueSettings(
            ContentPath: Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath, environment.ContentRootPath)),
            ConnectionString: connection.ToString(),
            // Beside the catalogue file, derived data like it, in a folder named as the URL it is served under (data/bilder).
            ImageVariantsPath: Path.Combine(Path.GetDirectoryName(connection.DataSource)!, SiteRoutes.ImageVariants.TrimStart('/')),
            ArticlePathPrefix: SiteRoutes.ArticlePrefix,
            ShowDrafts: preview.IsOn);
        return settings with
        {
            ImagesResizedDuringSync = configuration.GetValue(ImagesResizedDuringSyncKey, settings.ImagesResizedDuringSync),
            ArticlesIndexedDuringSync = configuration.GetValue(ArticlesIndexedDuringSyncKey, settings.ArticlesIndexedDuringSync),
            EnglishArticlePathPrefix = SiteRoutes.English.ArticlePrefix,
        };
    }
}
