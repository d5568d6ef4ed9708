using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// The editors' preview in a real browser: the open page reloads itself when its file is saved, as with
/// hugo server. A site of its own (Development, live sync) and a context of its own in the one Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorPreviewTests(BrowserFixture browser) : IDisposable
{
    private const string Source = "articles/2026/vorschau/index.md";

    // Waits for the live sync, generous on purpose: it only ends a broken test (the machine is shared).
    private static readonly float UntilSynced = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Open_article_reloads_itself_after_a_save_and_shows_the_problem_panel_for_a_bad_save()
    {
        _content.Write(Source, "---\ntitle: Erste Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        // In this process, on Kestrel: a separate `dotnet` process would start cold
        // (runtime, JIT of the whole site), which took 25-75 s on the busy 2-core machine, past the 30 s bound
        // this test waited for its "Now listening" line. Nothing here needs a process of its own.
        await using var site = new SiteFactory(_content, "Development") { LiveSync = true };
        var address = new Uri(site.StartOnLoopback());
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // Script errors only; a missing favicon is not this feature's business.
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.EndsWith("/favicon.ico:0:0", StringComparison.Ordinal))
                errors.Add($"{message.Text} ({message.Location})");
        };
        await page.GotoAsync(new Uri(address, "/artikel/vorschau").ToString());
        Assert.Equal("Erste Fassung", await page.InnerTextAsync("h1"));
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);

        _content.Write(Source, "---\ntitle: Zweite Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Zweite Fassung'", null,
            new PageWaitForFunctionOptions { Timeout = UntilSynced });

        _content.Write(Source, "---\ntitle: Kaputte Fassung\ndate: 2026-13-01\n---\n\nText.\n");
        // The first panel may be for the file caught half-written (empty: NEWS003, as LiveSyncTests notes); the
        // next sync brings the whole save and the page reloads again. So wait for the panel of the bad date.
        var panel = page.Locator("section.content-problems");
        var untilPanel = new LocatorAssertionsToContainTextOptions { Timeout = UntilSynced };
        await Assertions.Expect(panel).ToContainTextAsync("content/articles/2026/vorschau/index.md:3:7", untilPanel);
        await Assertions.Expect(panel).ToContainTextAsync("NEWS012", untilPanel);
        Assert.Equal("Zweite Fassung", await page.InnerTextAsync("h1"));
        Assert.True(loads >= 2, $"the page reloaded itself ({loads} loads)");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
