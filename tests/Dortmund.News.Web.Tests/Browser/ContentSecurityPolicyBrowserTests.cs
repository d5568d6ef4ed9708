using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Web.Tests.Browser;

/// <summary>
/// The real site on 127.0.0.1 in headless Debian Chromium: the strict CSP must not block anything
/// the pages use (styles, gallery images, scripts, search). Chromium reports every blocked load or
/// inline script as a <c>securitypolicyviolation</c> event and a console error; both are collected.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests : IDisposable
{
    private const string ViolationProbe = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Home_article_with_gallery_author_search_and_404_report_no_csp_violation()
    {
        await using var site = new SiteFactory(_content);
        var address = site.StartOnLoopback();

        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("dortmund-news-chromium-");
        try
        {
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExternalTools.ChromiumPath,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run"],
            });
            await browser.AddInitScriptAsync(ViolationProbe);
            var page = await browser.NewPageAsync();
            var consoleErrors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                    consoleErrors.Add(message.Text);
            };

            foreach (var path in (string[])["/", "/artikel/besuch-suedkoreanische-delegation", "/autoren/jaeger", "/suche?q=Delegation", "/gibt-es-nicht"])
            {
                await page.GotoAsync(address + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                // Scroll through the page so lazy gallery images load too.
                await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
                Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
            }

            // The stylesheet applied (a blocked style sheet would leave the page unstyled).
            await page.GotoAsync(address + "/artikel/besuch-suedkoreanische-delegation");
            var loadedImages = await page.EvaluateAsync<int>("[...document.images].filter(i => i.complete && i.naturalWidth > 0).length");
            Assert.True(loadedImages > 0);
            Assert.True(await page.EvaluateAsync<bool>("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"));
            Assert.Empty(consoleErrors);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
