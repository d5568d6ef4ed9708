using System.Diagnostics;
using System.Globalization;
using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;

// dotnet run --project bench/Dortmund.News.QueryBench -c Release -- <content folder> <catalogue file> [iterations=300]
// Syncs the content into the catalogue (cheap when it is already current), then times each query as a
// request would run it (new scope, new DbContext) and prints p50/p95 in milliseconds and the bytes it
// allocates (garbage each render leaves for the GC to collect).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Dortmund.News.QueryBench <content folder> <catalogue file> [iterations]");
    return 2;
}

var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
// --sql: print the SQL each query runs (once), to check its plan with EXPLAIN QUERY PLAN.
var showSql = args.Contains("--sql");
// As the site gives them: variants beside the catalogue file, article pages under /artikel/, no drafts.
var catalogueFile = Path.GetFullPath(args[1]);
var settings = new CatalogueSettings(Path.GetFullPath(args[0]), $"Data Source={catalogueFile}",
    Path.Combine(Path.GetDirectoryName(catalogueFile)!, "bilder"), "/artikel/", ShowDrafts: false);
await using var services = new ServiceCollection()
    .AddLogging(logging => logging.AddProvider(new SqlPrinter(() => showSql)))
    .AddCatalogue(settings)
    .BuildServiceProvider();

await services.GetRequiredService<CatalogueDatabase>().PrepareAsync(CancellationToken.None);
var report = await services.GetRequiredService<ContentSync>().SyncAsync();
Console.WriteLine($"sync: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Failed} failed in {report.Milliseconds} ms");

// Real slugs and ids from the catalogue, so every query below hits data.
var (categorySlug, tagSlug, articleId, year) = await InScope(async s =>
{
    var db = s.GetRequiredService<CatalogueDbContext>();
    var category = await db.Categories.OrderBy(c => c.Slug).Select(c => c.Slug).FirstAsync();
    var tag = await db.Tags.OrderBy(t => t.Slug).Select(t => t.Slug).FirstAsync();
    var articles = await db.Articles.CountAsync();
    var middle = await db.Articles.OrderBy(a => a.PublishedUtc).Skip(articles / 2).Select(a => new { a.Id, a.PublishedMonth }).FirstAsync();
    Console.WriteLine($"catalogue: {articles} articles; category '{category}', tag '{tag}', article {middle.Id}");
    return (category, tag, middle.Id, middle.PublishedMonth / 100);
});

var ct = CancellationToken.None;
var cases = new List<(string Group, string Name, Func<IServiceProvider, Task<object?>> Run)>
{
    ("search", "Strukturwandel", s => Search(s, "Strukturwandel", 1)),
    ("search", "foerderung (ASCII spelling)", s => Search(s, "foerderung", 1)),
    ("search", "strasse (ASCII spelling)", s => Search(s, "strasse", 1)),
    ("search", "Delegat (prefix)", s => Search(s, "Delegat", 1)),
    ("search", "Wasserstoff Hafen Kooperation", s => Search(s, "Wasserstoff Hafen Kooperation", 1)),
    ("search", "Hokkaido (tag)", s => Search(s, "Hokkaido", 1)),
    ("search", "Dortmund page 50", s => Search(s, "Dortmund", 50)),
    ("search", "no hit", s => Search(s, "Quantencomputer", 1)),
    ("listing", "category page 1", s => Q<TaxonomyQueries>(s).CategoryAsync(categorySlug, 1, ct).Box()),
    ("listing", "category page 40", s => Q<TaxonomyQueries>(s).CategoryAsync(categorySlug, 40, ct).Box()),
    ("listing", "tag page 1", s => Q<TaxonomyQueries>(s).TagAsync(tagSlug, 1, ct).Box()),
    ("listing", "tag page 40", s => Q<TaxonomyQueries>(s).TagAsync(tagSlug, 40, ct).Box()),
    ("listing", "tag overview /themen", s => Q<TaxonomyQueries>(s).TagsAsync(ct).Box()),
    ("listing", "archive overview /archiv", s => Q<TaxonomyQueries>(s).ArchiveAsync(ct).Box()),
    ("listing", "archive year page 1", s => Q<TaxonomyQueries>(s).ArchivePageAsync(year, null, 1, ct).Box()),
    ("listing", "archive year page 10", s => Q<TaxonomyQueries>(s).ArchivePageAsync(year, null, 10, ct).Box()),
    ("listing", "archive month page 1", s => Q<TaxonomyQueries>(s).ArchivePageAsync(year, 6, 1, ct).Box()),
    ("article", "related + previous/next", s => Q<RelatedQueries>(s).ForAsync(articleId, ct).Box()),
};

var byGroup = new Dictionary<string, List<double>>();
Console.WriteLine($"\n{iterations} iterations each (after 20 warm-up runs), milliseconds");
Console.WriteLine($"{"query",-36} {"p50",8} {"p95",8} {"max",8} {"KB/op",8}");
foreach (var (group, name, run) in cases)
{
    if (showSql)
        Console.WriteLine($"-- {name}");
    Check(await InScope(run), name);
    showSql = false;
    for (var i = 0; i < 19; i++)
        Check(await InScope(run), name);
    showSql = args.Contains("--sql");
    var times = new List<double>(iterations);
    // Nothing else runs in this process, so the process-wide count is this query's.
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    for (var i = 0; i < iterations; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await InScope(run);
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    var allocatedKb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / iterations;

    (byGroup.TryGetValue(group, out var all) ? all : byGroup[group] = []).AddRange(times);
    Console.WriteLine($"{name,-36} {Percentile(times, 50),8:0.00} {Percentile(times, 95),8:0.00} {times.Max(),8:0.00} {allocatedKb,8:0}");
}

Console.WriteLine();
foreach (var (group, times) in byGroup)
    Console.WriteLine($"{"all " + group,-36} {Percentile(times, 50),8:0.00} {Percentile(times, 95),8:0.00} {times.Max(),8:0.00}");
return 0;

async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
{
    await using var scope = services.CreateAsyncScope();
    return await work(scope.ServiceProvider);
}

static T Q<T>(IServiceProvider scope) where T : notnull => scope.GetRequiredService<T>();

static Task<object?> Search(IServiceProvider scope, string text, int page) =>
    scope.GetRequiredService<SearchQueries>().SearchAsync(text, page, CancellationToken.None).Box();

// A benchmark of queries that find nothing would measure nothing.
static void Check(object? result, string name)
{
    if (result is null)
        throw new InvalidOperationException($"'{name}' found nothing: the corpus does not fit the benchmark");
}

static double Percentile(List<double> values, int percent)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}

/// <summary>Prints EF Core's executed commands while <c>--sql</c> asks for them.</summary>
internal sealed class SqlPrinter(Func<bool> enabled) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => categoryName == DbLoggerCategory.Database.Command.Name ? this : NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && enabled();

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel) && eventId.Id == RelationalEventId.CommandExecuted.Id)
            Console.WriteLine(formatter(state, exception) + "\n");
    }

    public void Dispose()
    {
    }
}

internal static class TaskBoxing
{
    public static async Task<object?> Box<T>(this Task<T> task) => await task;
}
