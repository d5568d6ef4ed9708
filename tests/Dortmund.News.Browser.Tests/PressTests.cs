using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>What a journalist on a phone finds: the press contact under a release, the footer, the vCard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PressTests(BrowserFixture browser)
{
    private const int Phone = 390;

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task At_390_px_an_article_shows_its_press_contact_and_the_footer_fits_and_axe_finds_nothing()
    {
        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            var errors = new List<string>();
            var page = await browser.OpenAsync(errors, Phone, 844, scheme);
            await page.GotoAsync(browser.BaseUrl + SitePages.Korea);

            var block = page.Locator("section.press-contacts");
            await block.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(block.GetByRole(AriaRole.Heading, new() { Name = "Pressekontakt" })).ToBeVisibleAsync();
            await Assertions.Expect(block.GetByRole(AriaRole.Link, new() { Name = "presse@example.org" })).ToHaveAttributeAsync("href", "mailto:presse@example.org");
            await Assertions.Expect(block.GetByRole(AriaRole.Link, new() { Name = "+49 30 23125 000" })).ToHaveAttributeAsync("href", "tel:+493023125000");
            await Assertions.Expect(block.GetByRole(AriaRole.Link, new() { Name = "Kontakt Pressestelle (Platzhalter) speichern (vCard)" })).ToBeVisibleAsync();
            var footer = page.Locator("footer.site-footer");
            await footer.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(footer.Locator("address").First).ToContainTextAsync("Postanschrift folgt (Platzhalter)");
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "presse@example.org" })).ToBeVisibleAsync();
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "RSS" })).ToBeVisibleAsync();
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "Presseraum" })).ToBeVisibleAsync();
            foreach (var part in new[] { block, footer })
            {
                var box = (await part.BoundingBoxAsync())!;
                Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"{box.X} + {box.Width} leaves the {Phone} px screen");
            }

            // The five navigation items fit the phone's header: the last one is not cut off.
            var last = (await page.Locator(".site-nav li").Last.BoundingBoxAsync())!;
            Assert.True(last.X + last.Width <= Phone, $"the last navigation item ends at {last.X + last.Width} px");

            var violations = await Axe.RunAsync(page);

            Assert.True(violations.Count == 0, $"{scheme}:\n" + string.Join("\n", violations));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            if (scheme == ColorScheme.Light)
            {
                Directory.CreateDirectory(LayoutTests.ScreenshotFolder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LayoutTests.ScreenshotFolder, "pressekontakt-390.png"), FullPage = true });
                await page.GotoAsync(browser.BaseUrl + SitePages.Press);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LayoutTests.ScreenshotFolder, "presse-390.png"), FullPage = true });
            }

            await page.CloseAsync();
        }
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_vcard_link_downloads_the_contact_as_a_vcf_file()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, Phone, 844);
        await page.GotoAsync(browser.BaseUrl + SitePages.Press);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("section.press-section").First.GetByRole(AriaRole.Link, new() { NameRegex = new("speichern \\(vCard\\)") }).ClickAsync());

        Assert.Equal("pressestelle.vcf", download.SuggestedFilename);
        var card = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", card);
        Assert.Contains("\r\nFN:Pressestelle (Platzhalter)\r\n", card);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }
}
