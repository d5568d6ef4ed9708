using Dortmund.News.Catalogue;
using Dortmund.News.Corpus;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Benchmarks;

/// <summary>
/// A generated corpus in a temporary folder and the catalogue services over it. BenchmarkDotNet
/// runs use 1,000 articles (a 10,000 cold sync takes seconds per iteration, too long for many
/// iterations on two cores); the 10,000-article figures come from bench/startup.sh.
/// </summary>
internal sealed class BenchCorpus : IDisposable
{
    public const int Articles = 1_000;

    private ServiceProvider? _services;

    public BenchCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "dortmund-news-bench", Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        Paths = CorpusGenerator.Generate(ContentPath, new CorpusOptions(Articles), Path.Combine(AppContext.BaseDirectory, "seed-images"));
    }

    public string Root { get; }
    public string ContentPath { get; }
    public IReadOnlyList<string> Paths { get; }
    public string DatabasePath => Path.Combine(Root, "catalogue.db");

    public IServiceProvider Services => _services ??= Build();

    /// <summary>Deletes the catalogue file and creates an empty one, as a first start does.</summary>
    public async Task ResetCatalogueAsync()
    {
        _services?.Dispose();
        _services = null;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(DatabasePath + suffix);
        await Services.GetRequiredService<CatalogueDatabase>().PrepareAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }

    private ServiceProvider Build()
    {
        // As the site gives them: variants beside the catalogue file, article pages under /artikel/, no drafts.
        var settings = new CatalogueSettings(ContentPath, $"Data Source={DatabasePath}", Path.Combine(Root, "bilder"), "/artikel/", ShowDrafts: false);
        return new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCatalogue(settings)
            .BuildServiceProvider();
    }
}
