using System.Text.RegularExpressions;
using Dortmund.News.Corpus;
using Dortmund.News.Testing;
using Microsoft.Data.Sqlite;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class CrashDuringSyncTests : IDisposable
{
    private const int Articles = 1500;
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Killing_the_process_mid_sync_leaves_the_old_catalogue_and_a_restart_completes_the_sync()
    {
        var paths = CorpusGenerator.Generate(_content.ContentPath, new CorpusOptions(Articles), Path.Combine(TempContent.RepositoryContent, "articles"));
        long firstSyncMs;
        using (var first = SiteProcess.Start(_content))
            firstSyncMs = SyncMilliseconds(await first.WaitForLogAsync("Content sync:", TimeSpan.FromMinutes(3)));
        Assert.Equal((Articles, 0), CountTitles("Fassung 2"));

        // Every article changes, then the process dies halfway through syncing them.
        foreach (var path in paths)
        {
            var file = Path.Combine(_content.ContentPath, path);
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: \"", "title: \"Fassung 2: "));
        }

        using (var crashing = SiteProcess.Start(_content))
        {
            var log = _content.DatabasePath + "-wal";
            var before = File.GetLastWriteTimeUtc(log);
            await crashing.WaitForLogAsync("Content sync started", TimeSpan.FromMinutes(1));
            // Killed once the sync's transaction has started writing to the log, well before it can commit.
            var deadline = DateTime.UtcNow.AddSeconds(firstSyncMs / 1000.0 + 30);
            while (File.GetLastWriteTimeUtc(log) == before && DateTime.UtcNow < deadline)
                await Task.Delay(5);
            crashing.Kill();
            Assert.DoesNotContain(crashing.Log, l => l.Contains("Content sync:"));
        }

        var (total, updated) = CountTitles("Fassung 2");
        Assert.Equal(Articles, total);
        Assert.True(updated is 0 or Articles, $"mixed catalogue: {updated} of {total} articles updated");

        using (var restarted = SiteProcess.Start(_content))
            await restarted.WaitForLogAsync("Content sync:", TimeSpan.FromMinutes(3));
        Assert.Equal((Articles, Articles), CountTitles("Fassung 2"));
        Assert.Equal(Articles * 3, Scalar("SELECT count(*) FROM GalleryImages"));
    }

    private (long Total, long Matching) CountTitles(string marker) =>
        (Scalar("SELECT count(*) FROM Articles"), Scalar($"SELECT count(*) FROM Articles WHERE Title LIKE '{marker}%'"));

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(_content.ConnectionString + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static long SyncMilliseconds(string summary) => long.Parse(Regex.Match(summary, @"in (\d+) ms").Groups[1].Value);
}
