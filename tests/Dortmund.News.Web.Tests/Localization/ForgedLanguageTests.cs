using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>The path alone decides a page's language: nothing else a visitor sends may change what is served.</summary>
public sealed class ForgedLanguageTests : IDisposable
{
    private static readonly string[] Pages = ["/", "/artikel/hafen-a", "/themen", "/suche?q=Hafen", "/presse", "/termine", "/gibt-es-nicht", "/feed.xml"];

    private readonly TempContent _content = new();

    public ForgedLanguageTests() =>
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01", extraFrontMatter: "tags: [Hafen]\n");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Accept_language_a_culture_cookie_and_a_culture_query_leave_german_pages_byte_identical()
    {
        // Two sites, so the forged requests are rendered rather than answered from the page cache.
        await using var forgedSite = new SiteFactory(_content);
        await using var plainSite = new SiteFactory(_content);
        var forger = forgedSite.CreateVisitor();
        var plain = plainSite.CreateVisitor();

        foreach (var page in Pages)
        {
            var separator = page.Contains('?') ? '&' : '?';
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{page}{separator}culture=en-GB&ui-culture=en-GB");
            request.Headers.Add("Accept-Language", "en-GB,en;q=0.9");
            request.Headers.Add("Cookie", ".AspNetCore.Culture=c=en-GB|uic=en-GB");
            var forged = await forger.SendAsync(request);
            var expected = await plain.GetAsync(page);

            Assert.Equal(expected.StatusCode, forged.StatusCode);
            Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await forged.Content.ReadAsByteArrayAsync());
        }
    }
}
