using System.Text.Json;
using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>axe-core, injected into the real pages in Chromium, finds no WCAG 2.2 A/AA or best-practice violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in SitePages.All)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Axe_finds_no_violations(string path, string scheme)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        try
        {
            await page.GotoAsync(browser.Url(path));

            var violations = await Axe.RunAsync(page);

            Assert.True(violations.Count == 0, $"{path} ({scheme}):\n" + string.Join("\n", violations));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_open_lightbox_has_no_violations_in_light_or_dark()
    {
        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            var errors = new List<string>();
            var page = await browser.OpenAsync(errors, colorScheme: scheme);
            await page.GotoAsync(browser.BaseUrl + SitePages.Korea);
            await page.Locator("a.gallery-link").Nth(2).ClickAsync();
            await Assertions.Expect(page.Locator("dialog.lightbox")).ToBeVisibleAsync();

            var violations = await Axe.RunAsync(page);

            Assert.True(violations.Count == 0, $"lightbox ({scheme}):\n" + string.Join("\n", violations));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await page.CloseAsync();
        }
    }
}

/// <summary>Runs axe-core (tests/tools/node_modules/axe-core, pinned by npm) in a page.</summary>
internal static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>One line per violation: rule, impact, help text and the offending elements.</summary>
    public static async Task<List<string>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ExternalTools.AxeScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              // A run that checked nothing would pass vacuously: report that as a violation of its own.
              if (r.passes.length < 10) return [`axe checked only ${r.passes.length} rules`];
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | ')}`);
            }
            """, Tags);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
