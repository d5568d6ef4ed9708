using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Catalogue.Tests;

/// <summary>The catalogue services over a temporary content folder and a real SQLite file.</summary>
internal sealed class CatalogueHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CatalogueHost(ServiceProvider services) => _services = services;

    public ContentSync Sync => _services.GetRequiredService<ContentSync>();

    public ImageVariantStore Variants => _services.GetRequiredService<ImageVariantStore>();

    /// <param name="adjust">Changes to the settings a site would give, e.g. what a sync leaves to the background.</param>
    public static async Task<CatalogueHost> StartAsync(TempContent content, bool showDrafts = false, Func<CatalogueSettings, CatalogueSettings>? adjust = null)
    {
        var settings = adjust is null ? content.Settings(showDrafts) : adjust(content.Settings(showDrafts));
        var services = new ServiceCollection()
            .AddCatalogue(settings)
            .BuildServiceProvider();
        await services.GetRequiredService<CatalogueDatabase>().PrepareAsync(CancellationToken.None);
        return new CatalogueHost(services);
    }

    /// <summary>Runs <paramref name="query"/> in its own scope, as a request would.</summary>
    public async Task<T> QueryAsync<T>(Func<ArticleQueries, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArticleQueries>());
    }

    /// <summary>Runs <paramref name="query"/> on another query service in its own scope.</summary>
    public async Task<T> QueryAsync<TQueries, T>(Func<TQueries, Task<T>> query) where TQueries : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TQueries>());
    }

    public async Task<T> DbAsync<T>(Func<CatalogueDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
