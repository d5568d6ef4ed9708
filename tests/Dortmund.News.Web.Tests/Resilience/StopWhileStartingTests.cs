using Dortmund.News.Corpus;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class StopWhileStartingTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Stopping_the_site_during_its_first_sync_is_a_clean_stop_not_a_crash()
    {
        // Enough articles that the first sync takes seconds, so the stop surely comes in the middle of it.
        CorpusGenerator.Generate(_content.ContentPath, new CorpusOptions(4000), Path.Combine(TempContent.RepositoryContent, "articles"));
        using var site = SiteProcess.Start(_content);
        await site.WaitForLogAsync("Content sync started", TimeSpan.FromMinutes(1));

        var exitCode = await site.StopAsync(TimeSpan.FromSeconds(30));

        Assert.DoesNotContain(site.Log, line => line.Contains("Content sync:", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log, line => line.Contains("Unhandled exception", StringComparison.Ordinal));
        Assert.Equal(0, exitCode);
    }
}
