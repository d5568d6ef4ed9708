using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Content.Problems;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Web.Health;

/// <summary>Public articles and content problems in the catalogue, as /readyz reports them.</summary>
public sealed record CatalogueCountsReport(int Articles, int ContentErrors, int ContentWarnings);

/// <summary>
/// Counts the catalogue once per sync for /readyz, not once per probe: a restart's first probe then
/// takes the counts the startup began reading before the server listened, instead of compiling the
/// same queries a second time. Scheduled articles go public by the clock, so a count is also kept
/// for <see cref="MaxAge"/> only.
/// </summary>
public sealed class CatalogueCounts
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<CatalogueCountsReport>? _counting;
    private DateTimeOffset _countedAt;

    public CatalogueCounts(IServiceScopeFactory scopes, TimeProvider time, ContentSync sync)
    {
        _scopes = scopes;
        _time = time;
        sync.Synced += _ => Forget();
    }

    public Task<CatalogueCountsReport> GetAsync(CancellationToken cancellationToken)
    {
        Task<CatalogueCountsReport> counting;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_counting is null || _counting.IsFaulted || _counting.IsCanceled || now - _countedAt > MaxAge)
            {
                _countedAt = now;
                // Not the caller's token: a probe that gives up must not cancel the count the next probe waits for.
                _counting = CountAsync();
            }

            counting = _counting;
        }

        return counting.WaitAsync(cancellationToken);
    }

    private void Forget()
    {
        lock (_gate)
            _counting = null;
    }

    private async Task<CatalogueCountsReport> CountAsync()
    {
        await Task.Yield();
        await using var scope = _scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var visibility = scope.ServiceProvider.GetRequiredService<Visibility>();
        var articles = await visibility.Apply(context.Articles.AsNoTracking()).CountAsync();
        var problems = await context.Problems.AsNoTracking().GroupBy(p => p.Severity)
            .Select(g => new { Severity = g.Key, Count = g.Count() }).ToListAsync();
        return new CatalogueCountsReport(
            articles,
            problems.Where(p => p.Severity == Severity.Error).Sum(p => p.Count),
            problems.Where(p => p.Severity == Severity.Warning).Sum(p => p.Count));
    }
}
