using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;
using Dortmund.News.Web.Syncing;

namespace Dortmund.News.Web.Tests.Pages;

/// <summary>
/// After a first start the site answers before the image variants are made (they follow in the
/// background): no page may link a variant that is not served meanwhile.
/// </summary>
public sealed class ImagesBeforeTheirVariantsTests : IDisposable
{
    private const int Photos = 12;
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Every_variant_a_page_or_feed_links_is_served_while_the_background_still_makes_them()
    {
        // Distinct photos (each its own hash), all resized in the background.
        var gallery = string.Concat(Enumerable.Range(1, Photos).Select(i =>
        {
            _content.Write($"articles/2026/galerie/foto-{i}.jpg", JpegWithExif.Create(1600 + i, 1000, orientation: 1));
            return $"  - src: foto-{i}.jpg\n    caption: Foto {i}\n    credit: WF DO\n    alt: Bild {i}\n";
        }));
        _content.Write("articles/2026/galerie/index.md", $"---\ntitle: Galerie\ndate: 2026-01-01\nimage: foto-1.jpg\ngallery:\n{gallery}---\nText\n");
        await using var site = new SiteFactory(_content) { Settings = { [CatalogueHostingExtensions.ImagesResizedDuringSyncKey] = "0" } };
        var visitor = site.CreateVisitor();

        var html = await visitor.GetStringAsync("/artikel/galerie");
        var feed = await visitor.GetStringAsync("/feed.xml");

        // The last images of the gallery first: the background has most likely not reached them yet.
        var urls = Regex.Matches(html + feed, @"/bilder/[0-9a-f]+-\d+\.(?:webp|jpg)").Select(m => m.Value).Distinct().Reverse().ToList();
        Assert.Equal(Photos * 6, urls.Count); // 480, 960 and 1600 wide, WebP and JPEG
        foreach (var url in urls)
        {
            var response = await visitor.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.StartsWith("image/", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Matches("<enclosure url=\"[^\"]*/bilder/[0-9a-f]+-1600\\.jpg\" length=\"[1-9]", feed);
        await Poll.UntilAsync(async () =>
        {
            using var ready = JsonDocument.Parse(await visitor.GetStringAsync("/readyz"));
            return ready.RootElement.GetProperty("imageVariantsQueued").GetInt32() == 0;
        }, "the background to finish the variants");
    }
}
