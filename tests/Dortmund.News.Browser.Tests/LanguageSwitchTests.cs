using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>The header's language switcher, as a visitor uses it: with the keyboard, to the translation or, stated, the other home.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task The_switcher_is_reached_with_the_keyboard_shows_its_focus_and_leads_to_the_same_page_in_english_and_back()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + "/themen");

        // From the skip link, the next stop is the brand, then the switcher.
        var switcher = page.Locator(".language-switch a");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await switcher.EvaluateAsync<bool>("a => a === document.activeElement"), "the third Tab stop is the switcher");
        Assert.NotEqual("none", await switcher.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle"));
        await Assertions.Expect(switcher).ToHaveAttributeAsync("hreflang", "en");
        await Assertions.Expect(switcher).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(switcher).ToHaveTextAsync("English");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(browser.BaseUrl + "/en/topics");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Topics");

        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/themen");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Themen");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task On_an_article_with_a_translation_the_switcher_leads_to_it_and_it_names_its_translator()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors);
        await page.GotoAsync(browser.BaseUrl + PressRoomPages.EventArticle);
        await Assertions.Expect(page.Locator(".language-switch .language-note")).ToHaveCountAsync(0);

        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + EnglishPages.Article);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(EnglishPages.ArticleTitle);
        await Assertions.Expect(page.Locator(".translator")).ToHaveTextAsync("Translated by Test Translator");

        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + PressRoomPages.EventArticle);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ExternalToolFact(ExternalTools.Chromium)]
    public async Task On_a_page_without_a_translation_the_switcher_says_it_leads_to_the_english_home_page()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width: 390, height: 844);
        // A topic's page is in one language: topics are named per language.
        await page.GotoAsync(browser.BaseUrl + "/themen/delegation");

        var note = page.Locator(".language-switch .language-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToHaveTextAsync("(keine englische Fassung dieser Seite: zur englischen Startseite)");
        await Assertions.Expect(page.Locator(".language-switch a")).ToHaveAccessibleDescriptionAsync("(keine englische Fassung dieser Seite: zur englischen Startseite)");

        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/en/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("News");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }
}
