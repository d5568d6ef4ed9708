using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>A visitor's way through the site in Chromium, with the keyboard where a keyboard user would use it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VisitorTests(BrowserFixture browser)
{
    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Home_to_the_Korea_article_and_through_its_gallery_with_the_keyboard()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + SitePages.Home);

        await page.GetByRole(AriaRole.Link, new() { Name = "Besuch einer südkoreanischen Delegation", Exact = false }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + SitePages.Korea);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("südkoreanischen Delegation");

        // Open the third photo with the keyboard: focus its thumbnail, press Enter.
        var thumbnail = page.Locator("a.gallery-link").Nth(2);
        await thumbnail.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("dialog.lightbox");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("3 / 8");
        await Assertions.Expect(dialog.Locator(".lightbox-caption")).ToHaveTextAsync("WF Empfang");
        await Assertions.Expect(dialog.Locator(".lightbox-credit")).ToHaveTextAsync("Foto: WF DO / Jäger");
        await Assertions.Expect(dialog.Locator("[aria-live=polite]")).ToContainTextAsync("Bild 3 von 8.");

        // Forward with the arrow keys to the fourth, then wrap around past the last and back. The gallery lists
        // eight: the lead photo (empfang-1) is shown above the text, not a second time here.
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("4 / 8");
        await Assertions.Expect(dialog.Locator(".lightbox-caption")).ToHaveTextAsync("TU Dortmund");
        await Assertions.Expect(dialog.Locator(".lightbox-image")).ToHaveAttributeAsync("alt", "Die südkoreanische Delegation zu Besuch an der TU Dortmund");
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(dialog.Locator(".lightbox-caption")).ToHaveTextAsync("WILO");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("1 / 8");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("7 / 8");
        await Assertions.Expect(dialog.Locator(".lightbox-caption")).ToHaveTextAsync("WILO");
        Assert.True(await dialog.Locator(".lightbox-image").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));

        // Tab never leaves the dialog.
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.lightbox').contains(document.activeElement)"),
                $"focus left the dialog after {i + 1} Tab presses");
        }

        // Esc closes; focus is back on the thumbnail of the photo last shown (the seventh).
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        Assert.True(await page.Locator("a.gallery-link").Nth(6).EvaluateAsync<bool>("a => a === document.activeElement"));

        // Reopened on the third and closed straight away, focus returns to the third.
        await thumbnail.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await thumbnail.EvaluateAsync<bool>("a => a === document.activeElement"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_lightbox_offers_the_shown_photo_for_download_with_the_terms_and_the_browser_saves_it_under_its_name()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);
        const string prefix = "/artikel/besuch-suedkoreanische-delegation/fotos/besuch-suedkoreanische-delegation-";

        await page.Locator("a.gallery-link").Nth(2).ClickAsync();
        var dialog = page.Locator("dialog.lightbox");
        var download = dialog.Locator("a.lightbox-download");
        // The third in the gallery is the fourth of the article's photos: the lead photo (01) is above the text.
        await Assertions.Expect(download).ToHaveAttributeAsync("href", prefix + "04-empfang-4.jpg");
        await Assertions.Expect(download).ToContainTextAsync("Foto herunterladen");
        await Assertions.Expect(dialog.Locator("a.lightbox-terms")).ToHaveAttributeAsync("href", "/presse/bildrechte");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(download).ToHaveAttributeAsync("href", prefix + "05-tu-dortmund.jpg");
        await Assertions.Expect(download).ToHaveAttributeAsync("download", "");

        var saved = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());

        Assert.Equal("besuch-suedkoreanische-delegation-05-tu-dortmund.jpg", saved.SuggestedFilename);
        Assert.Null(await saved.FailureAsync());
        // The download link is among the stops Tab cycles through inside the dialog.
        var reached = false;
        for (var i = 0; i < 6 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await download.EvaluateAsync<bool>("a => a === document.activeElement");
        }

        Assert.True(reached, "Tab never reached the download link");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task Click_and_swipe_move_through_the_gallery_and_the_close_button_closes_it()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width: 390, height: 844);
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);

        await page.Locator("a.gallery-link").First.ClickAsync();
        var dialog = page.Locator("dialog.lightbox");
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("1 / 8");

        var stage = dialog.Locator(".lightbox-stage");
        await Swipe(stage, from: 0.8, to: 0.2);
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("2 / 8");
        await Swipe(stage, from: 0.2, to: 0.8);
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("1 / 8");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Nächstes Bild" }).ClickAsync();
        await Assertions.Expect(dialog.Locator(".lightbox-counter")).ToHaveTextAsync("2 / 8");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Galerie schließen" }).ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        Assert.True(await page.Locator("a.gallery-link").Nth(1).EvaluateAsync<bool>("a => a === document.activeElement"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>A finger moving across <paramref name="element"/> from one fraction of its width to another.</summary>
    private static Task Swipe(ILocator element, double from, double to) => element.EvaluateAsync("""
        (el, [from, to]) => {
          const box = el.getBoundingClientRect();
          const y = box.top + box.height / 2;
          const at = (f, type) => el.dispatchEvent(new PointerEvent(type,
            { bubbles: true, pointerType: 'touch', isPrimary: true, clientX: box.left + box.width * f, clientY: y }));
          at(from, 'pointerdown');
          at((from + to) / 2, 'pointermove');
          at(to, 'pointerup');
        }
        """, new[] { from, to });

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_header_search_goes_to_the_search_page_with_the_query()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + SitePages.Home);

        await page.Locator("header input[name=q]").FillAsync("Strukturwandel Hokkaido");
        await page.Locator("header input[name=q]").PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/suche");
        Assert.Equal("?q=Strukturwandel+Hokkaido", new Uri(page.Url).Query);
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + SitePages.Korea);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        // Focus is visible: an outline is drawn.
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#inhalt")).ToBeFocusedAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
