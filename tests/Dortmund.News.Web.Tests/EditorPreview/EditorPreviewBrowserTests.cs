using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Web.Tests.EditorPreview;

/// <summary>The preview in a real browser: the open page reloads itself when its file is saved, as with hugo server.</summary>
public sealed class EditorPreviewBrowserTests : IDisposable
{
    private const string Source = "articles/2026/vorschau/index.md";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Open_article_reloads_itself_after_a_save_and_shows_the_problem_panel_for_a_bad_save()
    {
        _content.Write(Source, "---\ntitle: Erste Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        using var site = SiteProcess.Start(_content, "Development");
        await site.WaitForLogAsync("Now listening", Poll.Timeout);
        using var playwright = await Playwright.CreateAsync();
        var userData = Path.Combine(_content.Root, "chromium-profile");
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(userData, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExternalTools.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        // Script errors only; a missing favicon is not this feature's business.
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.EndsWith("/favicon.ico:0:0", StringComparison.Ordinal))
                errors.Add($"{message.Text} ({message.Location})");
        };
        await page.GotoAsync(new Uri(site.BaseAddress, "/artikel/vorschau").ToString());
        Assert.Equal("Erste Fassung", await page.InnerTextAsync("h1"));
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);

        _content.Write(Source, "---\ntitle: Zweite Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Zweite Fassung'", null,
            new PageWaitForFunctionOptions { Timeout = (float)Poll.Timeout.TotalMilliseconds });

        _content.Write(Source, "---\ntitle: Kaputte Fassung\ndate: 2026-13-01\n---\n\nText.\n");
        var panel = page.Locator("section.content-problems");
        await panel.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Poll.Timeout.TotalMilliseconds });

        Assert.Contains("content/articles/2026/vorschau/index.md:3:7", await panel.InnerTextAsync());
        Assert.Contains("NEWS012", await panel.InnerTextAsync());
        Assert.Equal("Zweite Fassung", await page.InnerTextAsync("h1"));
        Assert.True(loads >= 2, $"the page reloaded itself ({loads} loads)");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
