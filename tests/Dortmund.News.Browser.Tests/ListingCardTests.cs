using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// A listing that mixes articles with and without a lead image and with and without a summary: a card
/// without an image gives its text the whole width instead of leaving it in the image column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ListingCardTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Listing = "/themen/mischung";

    // A derived summary is the article's first paragraph; long ones are ordinary in real posts.
    private static readonly string LongParagraph = string.Join(' ', Enumerable.Repeat(
        "Die Wirtschaftsförderung Dortmund begleitet Unternehmen bei der Ansiedlung, vermittelt Kontakte und berät zu Förderprogrammen.", 4));

    private TempContent? _content;
    private SiteFactory? _site;
    private string _baseUrl = "";

    public Task InitializeAsync()
    {
        if (!browser.Available)
            return Task.CompletedTask;
        _content = new TempContent();
        Article("mit-bild-mit-zusammenfassung", "2026-11-04", image: true, summary: true);
        Article("mit-bild-ohne-zusammenfassung", "2026-11-03", image: true, summary: false);
        Article("ohne-bild-mit-zusammenfassung", "2026-11-02", image: false, summary: true);
        Article("ohne-bild-ohne-zusammenfassung", "2026-11-01", image: false, summary: false);
        _site = new SiteFactory(_content);
        _baseUrl = _site.StartOnLoopback();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
            await _site.DisposeAsync();
        _content?.Dispose();
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task A_card_without_an_image_gives_its_text_the_whole_width(int width)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width, 900);
        await page.GotoAsync(_baseUrl + Listing);
        await page.EvaluateAsync("() => Promise.all([...document.images].map(i => i.decode().catch(() => null)))");
        Directory.CreateDirectory(LayoutTests.ScreenshotFolder);
        var file = Path.Combine(LayoutTests.ScreenshotFolder, $"liste-gemischt-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        var cards = await page.EvaluateAsync<CardBox[]>("""
            () => [...document.querySelectorAll('.card')].map(card => {
              const box = e => e ? e.getBoundingClientRect() : null;
              const c = box(card), b = box(card.querySelector('.card-body')), m = box(card.querySelector('.card-media'));
              return { slug: card.querySelector('h2 a').getAttribute('href'), card: c.width, body: b.width, bodyLeft: b.left - c.left,
                       media: m ? m.width : 0 };
            })
            """);

        Assert.Equal(4, cards.Length);
        foreach (var card in cards.Where(c => c.Slug.Contains("ohne-bild", StringComparison.Ordinal)))
        {
            Assert.Equal(0, card.Media);
            Assert.True(card.Body >= card.Card - 2 && card.BodyLeft <= 1,
                $"{card.Slug} at {width}px: text {card.Body:0}px wide at {card.BodyLeft:0}px in a card of {card.Card:0}px");
        }

        foreach (var card in cards.Where(c => c.Slug.Contains("mit-bild", StringComparison.Ordinal)))
        {
            Assert.True(card.Media > 0, $"{card.Slug} has no image");
            // Beside the image on a wide screen, below it on a phone.
            if (width >= 1280)
                Assert.True(card.BodyLeft >= card.Media && card.Body < card.Card - card.Media, $"{card.Slug} at {width}px: text not beside the image");
            else
                Assert.True(card.Body >= card.Card - 2, $"{card.Slug} at {width}px: text {card.Body:0}px in a card of {card.Card:0}px");
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    private void Article(string slug, string date, bool image, bool summary)
    {
        var frontMatter = $"title: \"{slug}\"\ndate: {date}\ntags: [Mischung]\n"
            + (image ? "image: bild.jpg\n" : "")
            + (summary ? "summary: Ein kurzer Anreißer für die Übersicht.\n" : "");
        _content!.Write($"articles/2026/{slug}/index.md", $"---\n{frontMatter}---\n\n{LongParagraph}\n\nZweiter Absatz.\n");
        if (image)
            _content.WriteImage($"articles/2026/{slug}/bild.jpg");
    }

    /// <summary>One card's boxes in CSS pixels (Playwright fills it from the page's object).</summary>
    private sealed class CardBox
    {
        public string Slug { get; set; } = "";
        public double Card { get; set; }
        public double Body { get; set; }
        public double BodyLeft { get; set; }
        public double Media { get; set; }
    }
}
