using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>English pages under /en/ with English words and text, German ones where they always were; the header's switcher.</summary>
public sealed partial class LanguageSwitchTests : IDisposable
{
    private readonly TempContent _content = new();

    public LanguageSwitchTests()
    {
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01", extraFrontMatter: "tags: [Hafen]\ncategory: Standort\nauthors: [jaeger]\n");
        _content.Write("authors/jaeger.md", "---\nname: Eva Jäger\nrole: Pressesprecherin\n---\n\nEva Jäger schreibt.\n");
        _content.WriteArticle("nur-deutsch", "Nur auf Deutsch", "2026-04-01");
        _content.Write("articles/hafen-a.en.md", "---\ntitle: \"News from the port\"\ndate: 2026-03-01\nauthors: [jaeger]\n---\n\nThe port grows.\n");
    }

    public void Dispose() => _content.Dispose();

    public static TheoryData<string, string> EnglishPages => new()
    {
        { "/en/", "<h1>News</h1>" },
        { "/en/topics", "<h1>Topics</h1>" },
        { "/en/archive", "<h1>Archive</h1>" },
        { "/en/search", "<h1>Search</h1>" },
        { "/en/search?q=Hafen", "for “Hafen”" },
        { "/en/press", "<h1>Press</h1>" },
        { "/en/press/photo-rights", "<h1>Photo rights and terms of use</h1>" },
        { "/en/events", "<h1>Events</h1>" },
        { "/en/events/past", "<h1>Past events</h1>" },
        { "/en/authors/jaeger", "Articles by Eva Jäger" },
    };

    [Theory]
    [MemberData(nameof(EnglishPages))]
    public async Task English_pages_answer_under_en_in_english(string path, string english)
    {
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(english, html);
        Assert.Contains(">Skip to content<", html);
        Assert.DoesNotContain("Aktuelles", html);
        Assert.DoesNotContain("Zum Inhalt springen", html);
    }

    [Fact]
    public async Task German_pages_stay_where_they_are_in_german_beside_their_english_ones()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        // English first: the page cache must keep the two apart.
        Assert.Contains("<h1>News</h1>", await visitor.GetStringAsync("/en/"));
        var german = await visitor.GetStringAsync("/");

        Assert.Contains("<html lang=\"de\">", german);
        Assert.Contains("<h1>Aktuelles</h1>", german);
        Assert.Contains(">Zum Inhalt springen<", german);
    }

    [Fact]
    public async Task The_english_home_page_has_one_address()
    {
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync("/en?seite=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/?seite=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_english_page_says_so_in_english_and_a_german_one_in_german()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var english = await visitor.GetAsync("/en/articles/gibt-es-nicht");
        var german = await visitor.GetAsync("/artikel/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", englishHtml);
        Assert.Contains("<h1>Page not found</h1>", englishHtml);
        Assert.Contains("href=\"/en/\">To the home page</a>", englishHtml);
        Assert.Equal(HttpStatusCode.NotFound, german.StatusCode);
        Assert.Contains("<h1>Seite nicht gefunden</h1>", await german.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task English_pages_link_english_pages_and_write_dates_in_english()
    {
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/en/authors/jaeger");

        Assert.Contains("href=\"/en/articles/hafen-a\"", html);
        Assert.Contains(">1 March 2026</time>", html);
        Assert.Contains("href=\"/en/topics\"", html);
        Assert.Contains("href=\"/en/feed.xml\"", html);
        Assert.DoesNotContain("href=\"/artikel/", html);
    }

    [Theory]
    [InlineData("/", "/en/", "en", "English")]
    [InlineData("/en/", "/", "de", "Deutsch")]
    [InlineData("/themen", "/en/topics", "en", "English")]
    [InlineData("/en/press", "/presse", "de", "Deutsch")]
    public async Task The_switcher_leads_to_the_same_page_in_the_other_language(string path, string target, string language, string name)
    {
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync(path);

        var link = Switcher().Match(html);
        Assert.True(link.Success, html);
        Assert.Equal((target, language, language, null, name),
            (link.Groups["href"].Value, link.Groups["hreflang"].Value, link.Groups["lang"].Value, link.Groups["described"].Success ? "x" : null, link.Groups["name"].Value));
        Assert.DoesNotContain("language-note", html);
    }

    [Fact]
    public async Task Without_a_translation_the_switcher_leads_to_the_other_home_page_and_says_so()
    {
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/nur-deutsch");

        var link = Switcher().Match(html);
        Assert.Equal(("/en/", "en", "sprache-hinweis"), (link.Groups["href"].Value, link.Groups["hreflang"].Value, link.Groups["described"].Value));
        Assert.Contains("<span id=\"sprache-hinweis\" class=\"language-note\">(keine englische Fassung dieser Seite: zur englischen Startseite)</span>", html);
    }

    [GeneratedRegex("""<p class="language-switch"><a href="(?<href>[^"]*)" hreflang="(?<hreflang>[^"]*)" lang="(?<lang>[^"]*)"( aria-describedby="(?<described>[^"]*)")?>(?<name>[^<]*)</a>""")]
    private static partial Regex Switcher();
}
