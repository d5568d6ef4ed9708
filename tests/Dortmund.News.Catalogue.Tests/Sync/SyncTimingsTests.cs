using System.Text.RegularExpressions;
using Dortmund.News.Catalogue.Sync;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue.Tests.Sync;

public sealed class SyncTimingsTests
{
    [Fact]
    public async Task The_phase_line_gives_each_phase_end_since_the_start_in_order_and_the_writer_time()
    {
        var timings = new SyncTimings();
        var logger = new RecordingLogger();
        foreach (var phase in Enum.GetValues<SyncPhase>().Where(p => p != SyncPhase.WriterBusy))
        {
            if (phase == SyncPhase.ArticlesWritten)
            {
                for (var i = 0; i < 2; i++)
                {
                    using (timings.Phase(SyncPhase.WriterBusy))
                        await Task.Delay(5);
                }
            }

            await timings.TimeAsync(phase, () => Task.Delay(2));
        }

        timings.Log(logger);

        var (level, message, values) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Debug, level);
        var match = Regex.Match(message,
            @"^Content sync phases: file records read after (\d+) ms, scanned after (\d+) ms, changes found after (\d+) ms, " +
            @"writer ready after (\d+) ms, articles parsed and written after (\d+) ms \(writer busy (\d+) ms\), " +
            @"finished after (\d+) ms, committed after (\d+) ms$");
        Assert.True(match.Success, message);
        Assert.Equal(["Stored", "Scanned", "Detected", "WriterOpened", "Streamed", "Writing", "Finished", "Committed"],
            values.Keys.Where(k => k != "{OriginalFormat}"));
        long Figure(string name) => Convert.ToInt64(values[name]);
        var ends = new[] { "Stored", "Scanned", "Detected", "WriterOpened", "Streamed", "Finished", "Committed" }.Select(Figure).ToList();
        Assert.Equal(ends.Order(), ends);
        Assert.InRange(Figure("Writing"), 5, Figure("Streamed"));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message, Dictionary<string, object?> Values)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception),
                state is IEnumerable<KeyValuePair<string, object?>> values ? values.ToDictionary(p => p.Key, p => p.Value) : []));
    }
}
