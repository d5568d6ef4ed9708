using System.Diagnostics;
using Dortmund.News.Corpus;

// dotnet run --project bench/Dortmund.News.Corpus -c Release -- <output content folder> [articles=10000] [seed=42]
//     [--realistic [--unique-photos]]
var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (positional.Length < 1 || flags.Except(["--realistic", "--unique-photos"]).Any() || (flags.Contains("--unique-photos") && !flags.Contains("--realistic")))
{
    Console.Error.WriteLine("usage: Dortmund.News.Corpus <output content folder> [articles] [seed] [--realistic [--unique-photos]]");
    return 2;
}

var output = Path.GetFullPath(positional[0]);
var options = new CorpusOptions(positional.Length > 1 ? int.Parse(positional[1]) : 10_000, positional.Length > 2 ? int.Parse(positional[2]) : 42)
{
    Realistic = flags.Contains("--realistic"),
    UniquePhotos = flags.Contains("--unique-photos"),
};
var images = Path.Combine(AppContext.BaseDirectory, "seed-images");
var stopwatch = Stopwatch.StartNew();
var paths = CorpusGenerator.Generate(output, options, images);
var bytes = paths.Sum(p => new FileInfo(Path.Combine(output, p)).Length);
Console.WriteLine($"{paths.Count} articles{(options.Realistic ? " (realistic" + (options.UniquePhotos ? ", unique photos)" : ")") : "")}, "
    + $"{bytes / 1024.0 / 1024.0:0.0} MB of Markdown in {output} ({stopwatch.ElapsedMilliseconds} ms)");
return 0;
