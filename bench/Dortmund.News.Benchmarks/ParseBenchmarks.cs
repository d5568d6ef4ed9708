using BenchmarkDotNet.Attributes;
using Dortmund.News.Content.Articles;

namespace Dortmund.News.Benchmarks;

/// <summary>Front matter (YamlDotNet) and Markdown (Markdig, sanitizer) of 1,000 generated articles, from bytes in memory.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private BenchCorpus _corpus = null!;
    private (string Path, byte[] Bytes)[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new BenchCorpus();
        _files = _corpus.Paths.Select(p => (p, File.ReadAllBytes(Path.Combine(_corpus.ContentPath, p)))).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    [Benchmark(Description = "parse 1,000 articles, one thread")]
    public int OneThread()
    {
        var published = 0;
        foreach (var (path, bytes) in _files)
            published += ArticleReader.Read(path, bytes).Value is null ? 0 : 1;
        return published;
    }

    [Benchmark(Description = "parse 1,000 articles, all cores")]
    public int AllCores()
    {
        var published = 0;
        Parallel.ForEach(_files, file =>
        {
            if (ArticleReader.Read(file.Path, file.Bytes).Value is not null)
                Interlocked.Increment(ref published);
        });
        return published;
    }
}
