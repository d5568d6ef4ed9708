using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// The strict CSP as Chromium applies it must not block anything the pages use (styles, gallery images,
/// scripts, search). Chromium reports every blocked load or inline script as a
/// <c>securitypolicyviolation</c> event and a console error; both are collected. A context of its own,
/// since the other browser tests bypass the CSP to inject axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string ViolationProbe = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Home_article_with_gallery_author_search_and_404_report_no_csp_violation()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = false });
        await context.AddInitScriptAsync(ViolationProbe);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                consoleErrors.Add(message.Text);
        };

        foreach (var path in (string[])[SitePages.Home, SitePages.Korea, SitePages.Author, "/suche?q=Delegation", SitePages.NotFound])
        {
            await page.GotoAsync(browser.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // Scroll through the page so lazy gallery images load too.
            await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
        }

        // The stylesheet applied (a blocked style sheet would leave the page unstyled).
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);
        var loadedImages = await page.EvaluateAsync<int>("[...document.images].filter(i => i.complete && i.naturalWidth > 0).length");
        Assert.True(loadedImages > 0);
        Assert.True(await page.EvaluateAsync<bool>("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"));
        Assert.Empty(consoleErrors);
    }
}
