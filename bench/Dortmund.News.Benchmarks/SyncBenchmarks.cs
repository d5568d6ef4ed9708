using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dortmund.News.Catalogue.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Benchmarks;

/// <summary>
/// The sync of 1,000 generated articles into a real SQLite file: cold (empty catalogue), warm
/// (nothing changed: a restart) and one edited file (what an editor waits for).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 7)]
public class SyncBenchmarks
{
    private BenchCorpus _corpus = null!;
    private string _edited = null!;
    private int _edits;

    [GlobalSetup]
    public async Task Setup()
    {
        _corpus = new BenchCorpus();
        _edited = Path.Combine(_corpus.ContentPath, _corpus.Paths[_corpus.Paths.Count / 2]);
        await _corpus.ResetCatalogueAsync();
        await Sync.SyncAsync();
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    private ContentSync Sync => _corpus.Services.GetRequiredService<ContentSync>();

    [IterationSetup(Target = nameof(Cold))]
    public void EmptyCatalogue() => _corpus.ResetCatalogueAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "cold sync, 1,000 articles")]
    public Task<SyncReport> Cold() => Sync.SyncAsync();

    [Benchmark(Description = "warm sync, nothing changed")]
    public Task<SyncReport> Warm() => Sync.SyncAsync();

    [IterationSetup(Target = nameof(OneChanged))]
    public void EditOneFile()
    {
        File.AppendAllText(_edited, $"\nNachtrag {++_edits}: Die Wirtschaftsförderung ergänzt eine Zeile.\n");
        File.SetLastWriteTimeUtc(_edited, DateTime.UtcNow.AddSeconds(_edits));
    }

    [Benchmark(Description = "one edited file")]
    public Task<SyncReport> OneChanged() => Sync.SyncAsync();
}
