using System.Diagnostics;
using Dortmund.News.Corpus;

// dotnet run --project bench/Dortmund.News.Corpus -c Release -- <output content folder> [articles=10000] [seed=42]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Dortmund.News.Corpus <output content folder> [articles] [seed]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var options = new CorpusOptions(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 42);
var images = Path.Combine(AppContext.BaseDirectory, "seed-images");
var stopwatch = Stopwatch.StartNew();
var paths = CorpusGenerator.Generate(output, options, images);
var bytes = paths.Sum(p => new FileInfo(Path.Combine(output, p)).Length);
Console.WriteLine($"{paths.Count} articles, {bytes / 1024.0 / 1024.0:0.0} MB of Markdown in {output} ({stopwatch.ElapsedMilliseconds} ms)");
return 0;
