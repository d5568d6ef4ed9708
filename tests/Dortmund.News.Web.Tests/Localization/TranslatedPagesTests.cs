using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>
/// A German article with its English translation beside one without: each language's pages list only its own
/// articles, the two versions link each other (head, switcher, sitemap, JSON-LD), and the translator is named.
/// </summary>
public sealed partial class TranslatedPagesTests : IDisposable
{
    private const string Origin = "https://dortmund.news";

    private readonly TempContent _content = new();

    public TranslatedPagesTests()
    {
        _content.Write("authors/jaeger.md", "---\nname: Eva Jäger\n---\n\nEva Jäger schreibt.\n");
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01", "Der Hafen wächst.",
            "tags: [Hafen]\ncategory: Standort\nauthors: [jaeger]\n");
        _content.Write("articles/hafen-a.en.md",
            "---\ntitle: \"News from the port\"\ndate: 2026-03-01\ntags: [Port]\ncategory: Location\nauthors: [jaeger]\ntranslator: Sam Translator\n---\n\nThe port is growing.\n");
        _content.WriteArticle("nur-deutsch", "Nur auf Deutsch", "2026-04-01", "Kein Wort Englisch.", "tags: [Hafen]\n");
    }

    public void Dispose() => _content.Dispose();

    private SiteFactory Site() => new(_content) { Settings = { ["Site:BaseUrl"] = Origin } };

    [Theory]
    [InlineData("/", "Nur auf Deutsch", "News from the port")]
    [InlineData("/en/", "News from the port", "Nur auf Deutsch")]
    [InlineData("/en/topics/port", "News from the port", "Neues vom Hafen")]
    [InlineData("/themen/hafen", "Nur auf Deutsch", "News from the port")]
    [InlineData("/en/categories/location", "News from the port", "Neues vom Hafen")]
    [InlineData("/en/archive/2026", "News from the port", "Nur auf Deutsch")]
    [InlineData("/en/authors/jaeger", "News from the port", "Neues vom Hafen")]
    [InlineData("/autoren/jaeger", "Neues vom Hafen", "News from the port")]
    [InlineData("/en/search?q=port", "News from the <mark>port</mark>", "Neues vom Hafen")]
    [InlineData("/en/feed.xml", "News from the port", "Neues vom Hafen")]
    [InlineData("/en/topics/port/atom.xml", "News from the port", "Nur auf Deutsch")]
    [InlineData("/feed.xml", "Nur auf Deutsch", "News from the port")]
    public async Task Each_language_lists_only_its_own_articles(string path, string listed, string notListed)
    {
        await using var site = Site();

        var response = await site.CreateVisitor().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Contains(listed, StringComparison.Ordinal), body);
        Assert.Contains(listed, body);
        Assert.DoesNotContain(notListed, body);
    }

    [Fact]
    public async Task An_article_and_its_translation_name_each_other_as_alternates_and_the_german_one_as_x_default()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var german = PageAlternates.Of(await visitor.GetStringAsync("/artikel/hafen-a"));
        var english = PageAlternates.Of(await visitor.GetStringAsync("/en/articles/hafen-a"));
        var alone = PageAlternates.Of(await visitor.GetStringAsync("/artikel/nur-deutsch"));

        var both = new Dictionary<string, string> { ["de"] = Origin + "/artikel/hafen-a", ["en"] = Origin + "/en/articles/hafen-a" };
        Assert.Equal(("de", Origin + "/artikel/hafen-a"), (german.Lang, german.Default));
        Assert.Equal(both, german.ByLanguage);
        Assert.Equal(("en", Origin + "/artikel/hafen-a"), (english.Lang, english.Default));
        Assert.Equal(both, english.ByLanguage);
        Assert.Equal(new Dictionary<string, string> { ["de"] = Origin + "/artikel/nur-deutsch" }, alone.ByLanguage);
    }

    [Fact]
    public async Task The_switcher_leads_to_the_translation_and_open_graph_names_both_locales()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var german = await visitor.GetStringAsync("/artikel/hafen-a");
        var english = await visitor.GetStringAsync("/en/articles/hafen-a");

        Assert.Contains("<p class=\"language-switch\"><a href=\"/en/articles/hafen-a\" hreflang=\"en\" lang=\"en\">English</a></p>", german);
        Assert.Contains("<p class=\"language-switch\"><a href=\"/artikel/hafen-a\" hreflang=\"de\" lang=\"de\">Deutsch</a></p>", english);
        Assert.Contains("<meta property=\"og:locale\" content=\"de_DE\">", german);
        Assert.Contains("<meta property=\"og:locale:alternate\" content=\"en_GB\">", german);
        Assert.Contains("<meta property=\"og:locale\" content=\"en_GB\">", english);
        Assert.Contains("<meta property=\"og:locale:alternate\" content=\"de_DE\">", english);
    }

    [Fact]
    public async Task The_translation_names_its_translator_and_its_original_in_json_ld_and_the_original_its_translation()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var englishHtml = await visitor.GetStringAsync("/en/articles/hafen-a");
        var english = NewsArticle(englishHtml);
        var german = NewsArticle(await visitor.GetStringAsync("/artikel/hafen-a"));

        Assert.Contains("<p class=\"translator\">Translated by Sam Translator</p>", englishHtml);
        Assert.Equal("en", english.GetProperty("inLanguage").GetString());
        Assert.Equal("Sam Translator", english.GetProperty("translator").GetProperty("name").GetString());
        Assert.Equal(Origin + "/artikel/hafen-a", english.GetProperty("translationOfWork").GetProperty("url").GetString());
        Assert.Equal("de", german.GetProperty("inLanguage").GetString());
        Assert.Equal(Origin + "/en/articles/hafen-a", german.GetProperty("workTranslation")[0].GetProperty("url").GetString());
        Assert.False(german.TryGetProperty("translator", out _));
    }

    [Fact]
    public async Task The_sitemap_lists_both_languages_with_the_same_alternates_as_the_pages()
    {
        await using var site = Site();

        var xml = XDocument.Parse(await site.CreateVisitor().GetStringAsync("/sitemap.xml"));

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value,
            u => u.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList());
        (string, string)[] both = [("de", Origin + "/artikel/hafen-a"), ("en", Origin + "/en/articles/hafen-a"), ("x-default", Origin + "/artikel/hafen-a")];
        Assert.Equal(both, urls[Origin + "/artikel/hafen-a"]);
        Assert.Equal(both, urls[Origin + "/en/articles/hafen-a"]);
        Assert.Empty(urls[Origin + "/artikel/nur-deutsch"]);
        Assert.DoesNotContain(Origin + "/en/articles/nur-deutsch", urls.Keys);
        Assert.Equal([("de", Origin + "/"), ("en", Origin + "/en/"), ("x-default", Origin + "/")], urls[Origin + "/en/"]);
        Assert.Contains(Origin + "/en/topics/port", urls.Keys);
    }

    [Fact]
    public async Task Adding_and_editing_a_translation_refreshes_the_cached_pages_of_both_languages()
    {
        _content.Delete("articles/hafen-a.en.md");
        await using var site = Site();
        var visitor = site.CreateVisitor();
        Assert.DoesNotContain("<link rel=\"alternate\" hreflang=\"en\"", await visitor.GetStringAsync("/artikel/hafen-a"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/en/articles/hafen-a")).StatusCode);

        _content.Write("articles/hafen-a.en.md", "---\ntitle: \"News from the port\"\ndate: 2026-03-01\n---\n\nThe port is growing.\n");
        await site.SyncAsync();

        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://dortmund.news/en/articles/hafen-a\">", await visitor.GetStringAsync("/artikel/hafen-a"));
        Assert.Contains("News from the port", await visitor.GetStringAsync("/en/"));

        _content.Write("articles/hafen-a.en.md", "---\ntitle: \"More news from the port\"\ndate: 2026-03-01\n---\n\nThe port is growing.\n");
        await site.SyncAsync();

        Assert.Contains("<h1>More news from the port</h1>", await visitor.GetStringAsync("/en/articles/hafen-a"));
        Assert.Contains("More news from the port", await visitor.GetStringAsync("/en/"));
    }

    [Fact]
    public async Task A_translation_with_its_own_slug_refreshes_the_cached_original_when_it_appears_and_when_its_slug_changes()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();
        Assert.DoesNotContain("<link rel=\"alternate\" hreflang=\"en\"", await visitor.GetStringAsync("/artikel/nur-deutsch"));

        _content.Write("articles/nur-deutsch.en.md", "---\ntitle: \"Now in English\"\ndate: 2026-04-01\nslug: now-in-english\n---\n\nA word.\n");
        await site.SyncAsync();
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://dortmund.news/en/articles/now-in-english\">",
            await visitor.GetStringAsync("/artikel/nur-deutsch"));

        _content.Write("articles/nur-deutsch.en.md", "---\ntitle: \"Now in English\"\ndate: 2026-04-01\nslug: english-now\n---\n\nA word.\n");
        await site.SyncAsync();
        var german = await visitor.GetStringAsync("/artikel/nur-deutsch");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://dortmund.news/en/articles/english-now\">", german);
        Assert.Contains("<p class=\"language-switch\"><a href=\"/en/articles/english-now\"", german);
    }

    private static JsonElement NewsArticle(string html) =>
        JsonLd().Matches(html).Select(m => JsonDocument.Parse(m.Groups["json"].Value).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "NewsArticle");

    [GeneratedRegex("""<script type="application/ld\+json">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
