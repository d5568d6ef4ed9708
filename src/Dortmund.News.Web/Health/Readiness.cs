using System.Text.Json.Serialization;
using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Content.Problems;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Web.Health;

/// <summary>What a load balancer learns from /readyz.</summary>
/// <param name="Status"><c>ready</c>, <c>starting</c> (no sync yet) or <c>unhealthy</c> (the last sync failed).</param>
/// <param name="SearchIndexComplete">False while articles still wait for their search rows (after a first start they are indexed in the background).</param>
/// <param name="ImageVariantsQueued">Images whose resized variants are still being made in the background (a visitor asking for one gets it made at once).</param>
public sealed record ReadinessReport(
    string Status,
    int Articles,
    int ContentErrors,
    int ContentWarnings,
    DateTimeOffset? LastSync,
    long? LastSyncMilliseconds,
    string? LastSyncError,
    int ImageVariantsQueued,
    bool SearchIndexComplete)
{
    [JsonIgnore]
    public bool IsReady => Status == "ready";
}

/// <summary>
/// Reads the catalogue's state for /readyz: ready once a sync has completed (in this run, or in an
/// earlier one whose catalogue is served while this run checks for changes), unhealthy while the last one failed.
/// </summary>
public sealed class Readiness(ContentSync sync, CatalogueDbContext context, Visibility visibility, ImageVariantStore variants)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var failure = sync.LastFailure;
        var report = sync.LastReport;
        var synced = report is not null || sync.ServesEarlierCatalogue;
        var status = failure is not null ? "unhealthy" : synced ? "ready" : "starting";
        var articles = 0;
        var errors = 0;
        var warnings = 0;
        if (synced)
        {
            articles = await visibility.Apply(context.Articles.AsNoTracking()).CountAsync(cancellationToken);
            var problems = await context.Problems.AsNoTracking().GroupBy(p => p.Severity)
                .Select(g => new { Severity = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            errors = problems.Where(p => p.Severity == Severity.Error).Sum(p => p.Count);
            warnings = problems.Where(p => p.Severity == Severity.Warning).Sum(p => p.Count);
        }

        return new ReadinessReport(status, articles, errors, warnings, failure?.At ?? sync.LastSyncedAt, report?.Milliseconds, failure?.Message,
            variants.Queued, !sync.SearchIndexIncomplete);
    }
}
