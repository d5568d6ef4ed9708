using Dortmund.News.Testing;
using Microsoft.Playwright;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// What a visitor sees first, measured in the browser: the home page's lead story is larger than the other
/// cards; the gallery leaves no photo alone on its last row for 1–9 photos; related articles and the
/// neighbours are cards inside the article column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontPageLayoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private TempContent? _content;
    private SiteFactory? _site;
    private string _baseUrl = "";

    public Task InitializeAsync()
    {
        if (!browser.Available)
            return Task.CompletedTask;
        _content = new TempContent();
        // One article per gallery size; none has a lead image, so the gallery shows every photo.
        for (var count = 1; count <= 9; count++)
        {
            var gallery = string.Concat(Enumerable.Range(1, count).Select(i =>
                $"  - src: foto-{i}.jpg\n    caption: Foto {i}\n    credit: WF DO\n    alt: Testfoto {i}\n"));
            _content.Write($"articles/2026/galerie-{count}/index.md",
                $"---\ntitle: \"Galerie mit {count}\"\ndate: 2026-10-{count:00}\ntags: [Galerie]\ngallery:\n{gallery}---\n\nEin Absatz Text.\n");
            for (var i = 1; i <= count; i++)
                _content.WriteImage($"articles/2026/galerie-{count}/foto-{i}.jpg");
        }

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

    public static TheoryData<int, int> GallerySizesAtWidths()
    {
        var data = new TheoryData<int, int>();
        foreach (var width in (int[])[390, 1280])
        for (var count = 1; count <= 9; count++)
            data.Add(count, width);
        return data;
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [MemberData(nameof(GallerySizesAtWidths))]
    public async Task The_gallery_leaves_no_photo_alone_on_its_last_row(int count, int width)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width, 900);
        await page.GotoAsync($"{_baseUrl}/artikel/galerie-{count}");

        var boxes = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.gallery-grid > li')].map(li => { const b = li.getBoundingClientRect(); return [b.top, b.left, b.width]; })
            """);
        var grid = await page.EvaluateAsync<double>("() => document.querySelector('.gallery-grid').getBoundingClientRect().width");

        Assert.Equal(count, boxes.Length);
        var lastRowTop = boxes.Max(b => b[0]);
        var lastRow = boxes.Where(b => Math.Abs(b[0] - lastRowTop) < 1).ToList();
        if (count == 1)
            Assert.True(lastRow[0][2] >= grid - 1, $"a single photo at {width}px is {lastRow[0][2]:0} of {grid:0}px wide");
        else
            Assert.True(lastRow.Count >= 2, $"{count} photos at {width}px: {lastRow.Count} photo on the last row");
        // Every row is filled: the photos of a row together take the grid's width (less the gaps).
        foreach (var row in boxes.GroupBy(b => Math.Round(b[0])))
            Assert.True(row.Max(b => b[1] + b[2]) - row.Min(b => b[1]) >= grid - 2, $"{count} photos at {width}px: a row is not full");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_home_page_leads_with_one_story_larger_than_the_others(int width)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width, 900);
        await page.GotoAsync(browser.BaseUrl + SitePages.Home);

        var lead = await page.EvaluateAsync<double[]>("""
            () => { const c = document.querySelector('.lead-story .card'); const i = c.querySelector('img'), h = c.querySelector('h2');
                     return [i.getBoundingClientRect().width, parseFloat(getComputedStyle(h).fontSize)]; }
            """);
        var others = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.cards .card')].map(c => { const i = c.querySelector('img'), h = c.querySelector('h2');
                     return [i ? i.getBoundingClientRect().width : 0, parseFloat(getComputedStyle(h).fontSize)]; })
            """);

        Assert.Equal(1, await page.Locator(".lead-story .card").CountAsync());
        Assert.NotEmpty(others);
        Assert.All(others, card => Assert.True(lead[0] >= card[0] && lead[1] > card[1],
            $"at {width}px the lead's image is {lead[0]:0}px and heading {lead[1]:0}px; another card's {card[0]:0}px and {card[1]:0}px"));
        if (width >= 1280)
            Assert.True(lead[0] > others.Max(c => c[0]), $"at {width}px the lead's image ({lead[0]:0}px) is no larger than the others'");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ExternalToolTheory(ExternalTools.Chromium)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Related_articles_and_neighbours_are_cards_inside_the_article_column(int width)
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync(errors, width, 900);
        await page.GotoAsync($"{_baseUrl}/artikel/galerie-5");

        var column = await page.EvaluateAsync<double[]>("() => { const b = document.querySelector('article.article').getBoundingClientRect(); return [b.left, b.right]; }");
        var cards = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.related .card, .article-neighbours .card')].map(c => { const b = c.getBoundingClientRect(); return [b.left, b.right, b.width]; })
            """);

        Assert.Equal(3 + 2, cards.Length);
        Assert.All(cards, card => Assert.True(card[0] >= column[0] - 1 && card[1] <= column[1] + 1 && card[2] > 100,
            $"at {width}px a card spans {card[0]:0}–{card[1]:0}px outside the article column {column[0]:0}–{column[1]:0}px"));
        if (width >= 1280)
        {
            // Previous and next side by side, filling the column rather than two bare links at the left.
            var neighbours = cards.Skip(3).ToList();
            Assert.True(neighbours[1][0] > neighbours[0][1], "previous and next are not side by side");
            Assert.True(neighbours[1][1] >= column[1] - 2, "the next article does not reach the column's right edge");
        }

        Directory.CreateDirectory(LayoutTests.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LayoutTests.ScreenshotFolder, $"artikel-weiterlesen-{width}.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }
}
