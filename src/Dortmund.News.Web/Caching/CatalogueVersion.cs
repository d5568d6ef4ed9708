namespace Dortmund.News.Web.Caching;

/// <summary>
/// The cache's view of the catalogue: a generation counted up by every eviction (a page rendered
/// across one is not stored) and when visitors' view last changed (sent as Last-Modified).
/// </summary>
internal sealed class CatalogueVersion(TimeProvider time)
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>When what visitors see last changed (a sync or a scheduled article), to the second.</summary>
    public DateTimeOffset LastChanged { get; private set; } = Truncate(time.GetUtcNow());

    public void Advance()
    {
        Interlocked.Increment(ref _generation);
        LastChanged = Truncate(time.GetUtcNow());
    }

    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
