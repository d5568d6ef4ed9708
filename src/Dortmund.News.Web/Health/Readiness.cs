using System.Text.Json.Serialization;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Sync;

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
public sealed class Readiness(ContentSync sync, CatalogueCounts counts, ImageVariantStore variants)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var failure = sync.LastFailure;
        var report = sync.LastReport;
        var synced = report is not null || sync.ServesEarlierCatalogue;
        var status = failure is not null ? "unhealthy" : synced ? "ready" : "starting";
        var counted = synced ? await counts.GetAsync(cancellationToken) : new CatalogueCountsReport(0, 0, 0);
        return new ReadinessReport(status, counted.Articles, counted.ContentErrors, counted.ContentWarnings, failure?.At ?? sync.LastSyncedAt, report?.Milliseconds, failure?.Message,
            variants.Queued, !sync.SearchIndexIncomplete);
    }
}
