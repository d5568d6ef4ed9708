using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>The layout from 320 to 1920 px, screenshots for people to look at, print and motion preferences.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    /// <summary>Where the screenshots go: TestResults/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder => Path.Combine(TempContent.RepositoryRoot, "TestResults", "screenshots");

    public static TheoryData<string, int> PagesAtWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in SitePages.All)
        foreach (var width in (int[])[320, 390, 768, 1280, 1920])
            data.Add(path, width);
        return data;
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [MemberData(nameof(PagesAtWidths))]
    public async Task No_page_scrolls_sideways(string path, int width)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width, 800);
        await page.GotoAsync(browser.Url(path));

        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, viewport) = (sizes[0], sizes[1]);

        Assert.True(scrollWidth <= viewport, $"{path} at {width}px is {scrollWidth}px wide");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Screenshots_of_home_and_article_at_phone_and_desktop_width()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        foreach (var (name, path) in new[] { ("home", SitePages.Home), ("artikel", SitePages.Korea) })
        foreach (var width in (int[])[390, 1280])
        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            var errors = new List<string>();
            var page = await browser.OpenAsync(errors, width, 900, scheme);
            await page.GotoAsync(browser.BaseUrl + path);
            await LoadLazyImagesAsync(page);
            var file = Path.Combine(ScreenshotFolder, $"{name}-{width}{(scheme == ColorScheme.Dark ? "-dunkel" : "")}.png");

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small");
            if (name == "artikel")
            {
                await page.Locator("a.gallery-link").Nth(4).ClickAsync();
                await page.Locator("dialog.lightbox .lightbox-image").EvaluateAsync("i => i.decode()");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file.Replace("artikel-", "galerie-", StringComparison.Ordinal) });
            }

            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await page.CloseAsync();
        }
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Images_reserve_their_space_and_only_the_first_screen_loads_eagerly()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, 390, 844);
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);

        // Before any photo arrives, every <img> already has its final box (no layout shift).
        var unsized = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('main img')].filter(i => !(i.getAttribute('width') && i.getAttribute('height'))).length");
        Assert.Equal(0, unsized);
        // Chromium picked a variant suited to a 390 px screen, not the 1600 px one, for the lead photo.
        var lead = await page.Locator(".lead-image img").EvaluateAsync<string>("img => img.currentSrc");
        Assert.Matches(@"/bilder/[0-9a-f]{64}-(480|960)\.webp$", lead);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Print_hides_navigation_and_reduced_motion_turns_off_transitions()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);
        Assert.NotEqual("0s", await page.Locator(".gallery-link img").First.EvaluateAsync<string>("i => getComputedStyle(i).transitionDuration"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ReducedMotion = ReducedMotion.Reduce });

        Assert.Equal("none", await page.Locator(".site-nav").EvaluateAsync<string>("n => getComputedStyle(n).display"));
        Assert.Equal("none", await page.Locator(".site-search").EvaluateAsync<string>("n => getComputedStyle(n).display"));
        Assert.NotEqual("none", await page.Locator(".gallery .credit").First.EvaluateAsync<string>("n => getComputedStyle(n).display"));
        Assert.Equal("0s", await page.Locator(".gallery-link img").First.EvaluateAsync<string>("i => getComputedStyle(i).transitionDuration"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Scrolls through the page so lazy images load, then waits for all of them.</summary>
    private static async Task LoadLazyImagesAsync(IPage page)
    {
        await page.EvaluateAsync("""
            async () => {
              for (let y = 0; y < document.body.scrollHeight; y += 400) { window.scrollTo(0, y); await new Promise(r => requestAnimationFrame(r)); }
              window.scrollTo(0, 0);
              await Promise.all([...document.images].map(i => i.complete ? null : new Promise(r => { i.onload = i.onerror = r; })));
            }
            """);
    }
}
