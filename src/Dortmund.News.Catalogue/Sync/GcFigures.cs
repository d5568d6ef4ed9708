namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// The process's garbage collection so far (whole process: requests served meanwhile count too).
/// A sync's difference is logged at Debug: a first sync's time is as much collection as parsing.
/// </summary>
internal readonly record struct GcFigures(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcFigures Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1),
        GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcFigures operator -(GcFigures after, GcFigures before) => new(after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    public override string ToString() =>
        $"{AllocatedBytes / (1024 * 1024)} MB allocated, collections gen0 {Gen0} gen1 {Gen1} gen2 {Gen2}, paused {Paused.TotalMilliseconds:0} ms";
}
