using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// One headless Debian Chromium for all browser tests, and the seed site most of them visit. Playwright
/// drives the system's /usr/bin/chromium; it never downloads a browser. Its profile is a temporary
/// folder, deleted afterwards. Tests that need a site or browser settings of their own (the editors'
/// preview, the CSP as it applies) open a context of their own in the same Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TempContent? _content;
    private SiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _chromium;
    private IBrowserContext? _tabs;

    /// <summary>The seed site's address, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = "";

    public bool Available => ExternalTools.MissingReason(ExternalTools.Chromium) is null;

    private string _embargoToken = "";

    /// <summary>The address of a page of <see cref="SitePages"/>, its embargo link's token filled in.</summary>
    public string Url(string path) => BaseUrl + path.Replace(PressRoomPages.EmbargoToken, _embargoToken, StringComparison.Ordinal);

    public async Task InitializeAsync()
    {
        // Skipped facts do not need the browser; a missing one is reported by ExternalToolFact.
        if (!Available)
            return;
        _content = new TempContent(withSeedContent: true);
        _embargoToken = PressRoomPages.Write(_content);
        EnglishPages.Write(_content);
        _site = new SiteFactory(_content);
        BaseUrl = _site.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(60_000);
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        // axe-core is injected as a script tag; the site's own CSP must not block the checker (ContentSecurityPolicyTests
        // checks the CSP in a context of its own).
        _tabs = await NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
    }

    /// <summary>
    /// A browser context of its own (profile, settings) in the one Chromium: German and 1280×900 unless
    /// <paramref name="options"/> say otherwise. The caller closes it.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.Locale ??= "de-DE";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        return _chromium!.NewContextAsync(options);
    }

    /// <summary>A new tab that records console errors and uncaught exceptions into <paramref name="errors"/>.</summary>
    public async Task<IPage> OpenAsync(List<string> errors, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await _tabs!.NewPageAsync();
        // Generous upper bounds, not timings: the machine is shared and may be slow; a real hang still fails.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = colorScheme });
        page.Console += (_, message) =>
        {
            // Chromium also logs a page's own intended 404 status as a console error; that one is not a fault.
            var ownStatus = message.Location.StartsWith(page.Url, StringComparison.Ordinal) && message.Text.Contains("status of 404", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus)
                errors.Add($"{page.Url}: console: {message.Text} at {message.Location}");
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: uncaught: {error}");
        page.RequestFailed += (_, request) =>
        {
            // ERR_ABORTED: the page itself cancelled a load it no longer needs (the lightbox moved on before a photo arrived).
            if (request.Failure != "net::ERR_ABORTED")
                errors.Add($"{page.Url}: request failed: {request.Url} {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            // The 404 page's own document is meant to be a 404; any other failing resource is a bug.
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                errors.Add($"{page.Url}: {response.Status} for {response.Url}");
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_tabs is not null)
            await _tabs.CloseAsync();
        if (_chromium is not null)
            await _chromium.CloseAsync();
        _playwright?.Dispose();
        if (_site is not null)
            await _site.DisposeAsync();
        _content?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
