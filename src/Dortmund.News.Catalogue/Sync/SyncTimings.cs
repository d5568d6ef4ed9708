using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>The phases of a sync that write, in the order they end (see docs/sync.md).</summary>
internal enum SyncPhase
{
    FileRecordsRead,
    Scanned,
    ChangesFound,
    WriterReady,
    ArticlesWritten,
    Finished,
    Committed,

    /// <summary>Not a step but the writer's own time within <see cref="ArticlesWritten"/>, summed over the articles.</summary>
    WriterBusy,
}

/// <summary>
/// Times one sync from its start: each <see cref="Phase"/> scope records when its phase ended and
/// adds up how long it ran. <see cref="Log"/> writes the one Debug line that reports them.
/// </summary>
internal sealed class SyncTimings
{
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private readonly long[] _endedAt = new long[Enum.GetValues<SyncPhase>().Length];
    private readonly TimeSpan[] _busy = new TimeSpan[Enum.GetValues<SyncPhase>().Length];

    public long ElapsedMilliseconds => _sinceStart.ElapsedMilliseconds;

    /// <summary>Times <paramref name="phase"/> until the scope is disposed.</summary>
    public Scope Phase(SyncPhase phase) => new(this, phase, Stopwatch.GetTimestamp());

    public async Task<T> TimeAsync<T>(SyncPhase phase, Func<Task<T>> work)
    {
        using (Phase(phase))
            return await work();
    }

    public async Task TimeAsync(SyncPhase phase, Func<Task> work)
    {
        using (Phase(phase))
            await work();
    }

    /// <summary>Each phase's end in ms since the sync started, and the writer's own time.</summary>
    public void Log(ILogger logger) =>
        logger.LogDebug("Content sync phases: file records read after {Stored} ms, scanned after {Scanned} ms, changes found after {Detected} ms, " +
                        "writer ready after {WriterOpened} ms, articles parsed and written after {Streamed} ms (writer busy {Writing} ms), " +
                        "finished after {Finished} ms, committed after {Committed} ms",
            EndOf(SyncPhase.FileRecordsRead), EndOf(SyncPhase.Scanned), EndOf(SyncPhase.ChangesFound), EndOf(SyncPhase.WriterReady),
            EndOf(SyncPhase.ArticlesWritten), (long)_busy[(int)SyncPhase.WriterBusy].TotalMilliseconds, EndOf(SyncPhase.Finished),
            EndOf(SyncPhase.Committed));

    private long EndOf(SyncPhase phase) => _endedAt[(int)phase];

    private void End(SyncPhase phase, long startedAt)
    {
        _endedAt[(int)phase] = _sinceStart.ElapsedMilliseconds;
        _busy[(int)phase] += Stopwatch.GetElapsedTime(startedAt);
    }

    public readonly struct Scope(SyncTimings timings, SyncPhase phase, long startedAt) : IDisposable
    {
        public void Dispose() => timings.End(phase, startedAt);
    }
}
