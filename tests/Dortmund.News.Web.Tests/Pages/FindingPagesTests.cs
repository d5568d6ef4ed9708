using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Pages;

/// <summary>Search, topics, categories, archive and related articles, through the real site.</summary>
public sealed class FindingPagesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("Förderung")]
    [InlineData("forderung")]
    [InlineData("foerderung")]
    [InlineData("strasse")]
    [InlineData("Delegat")]
    [InlineData("Delegation Förderung")]
    [InlineData("Straße foerderung")]
    public async Task Search_finds_german_words_however_they_are_typed(string query)
    {
        _content.WriteArticle("foerderung", "Förderung an der Speicherstraße", "2026-01-01", "Eine Delegation kam an die Straße.");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/suche?q=" + Uri.EscapeDataString(query));

        Assert.Equal(["Förderung an der Speicherstraße"], Titles(html));
        Assert.Contains("1 Treffer", html);
        Assert.Matches("<mark>(Förderung|Straße|Delegation)</mark>", html);
    }

    // One site for all cases: a host per case would only add start-up time and file watchers.
    private static readonly string[] HostileQueries =
    [
        "\"",
        "\"Hafen",
        "Hafen*",
        "*",
        "-Hafen",
        "Hafen NOT Kohle",
        "NEAR(Hafen Kohle)",
        "Hafen AND",
        "OR",
        "(Hafen))",
        "title:Hafen",
        "^Hafen",
        "{title summary}: Hafen",
        ".",
        "!?;,",
        "🚀",
        "Hafen 👩‍👩‍👧",
        "\u0301",
        "E-Mobilität",
        "3,5",
        "हिन्दी",
        "x\u0305y",
        "\u19B0\u19B1",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%",
    ];

    [Fact]
    public async Task Hostile_queries_get_a_result_page()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-01-01", "Am Hafen.");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var query in HostileQueries)
        {
            var response = await visitor.GetAsync("/suche?q=" + Uri.EscapeDataString(query));
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {response.StatusCode}");
            Assert.Contains("<h1>Suche</h1>", html);
            Assert.DoesNotContain("<script>alert", html);
        }
    }

    [Fact]
    public async Task A_two_thousand_character_query_gets_a_result_page()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-01-01");
        await using var site = new SiteFactory(_content);
        var query = string.Concat(Enumerable.Repeat("Hafen\" NEAR(*) -x ", 112))[..2000];

        var response = await site.CreateVisitor().GetAsync("/suche?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_without_results_or_error()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-01-01");
        await using var site = new SiteFactory(_content);

        foreach (var url in (string[])["/suche", "/suche?q=", "/suche?q=++"])
        {
            var response = await site.CreateVisitor().GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("id=\"suchbegriff\"", html);
            Assert.DoesNotContain("Treffer", html);
        }
    }

    [Fact]
    public async Task After_a_first_start_that_left_search_to_the_background_search_finds_every_article_once_readyz_says_so()
    {
        for (var i = 1; i <= 3; i++)
            _content.WriteArticle($"hafen-{i}", $"Hafen {i}", $"2026-01-0{i}", "Der Hafen wächst.");
        await using var site = new SiteFactory(_content) { Settings = { [Syncing.CatalogueHostingExtensions.ArticlesIndexedDuringSyncKey] = "0" } };
        var visitor = site.CreateVisitor();

        await Poll.UntilAsync(async () => (await visitor.GetStringAsync("/readyz")).Contains("\"searchIndexComplete\":true"), "the search index to be complete");
        var html = await visitor.GetStringAsync("/suche?q=hafen");

        Assert.Contains("3 Treffer", html);
        Assert.DoesNotContain("Suchindex wird gerade aufgebaut", html);
    }

    [Fact]
    public async Task Snippets_are_html_safe_with_only_the_matches_marked()
    {
        _content.WriteArticle("sicher", "Sicher", "2026-01-01", "Preise &lt; 5 € &amp; der Hafen `<b>fett</b>` bleibt.");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/suche?q=hafen");
        var snippet = Regex.Match(html, "<p class=\"snippet\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains("<mark>Hafen</mark>", snippet);
        Assert.Contains("&lt;b&gt;fett&lt;/b&gt;", snippet);
        Assert.Contains("&lt; 5 € &amp; der", snippet);
        Assert.DoesNotContain("<b>", snippet);
    }

    [Fact]
    public async Task Search_results_are_paged_with_prev_and_next_and_keep_the_query()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"hafen-{day:00}", $"Hafen {day}", $"2026-01-{day:00}");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var first = await visitor.GetStringAsync("/suche?q=Hafen&seite=1");
        var second = await visitor.GetStringAsync("/suche?q=Hafen&seite=2");

        Assert.Contains("12 Treffer", first);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/suche?q=Hafen&amp;seite=2\">", second);
        Assert.Contains("rel=\"next\" href=\"/suche?q=Hafen&amp;seite=2\"", first);
        Assert.Contains("rel=\"prev\" href=\"/suche?q=Hafen\"", second);
        Assert.Equal(2, Titles(second).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/suche?q=Hafen&seite=3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/suche?q=Hafen&seite=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/suche?q=Hafen&seite=-1")).StatusCode);
    }

    [Fact]
    public async Task Every_page_has_the_search_field_in_the_header()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-01-01");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/hafen");

        Assert.Matches("<form class=\"site-search\" role=\"search\" aria-label=\"Website durchsuchen\" action=\"/suche\" method=\"get\">", html);
        Assert.Contains("name=\"q\"", html);
    }

    [Fact]
    public async Task Category_tag_and_overview_pages_list_public_articles()
    {
        _content.WriteArticle("eins", "Eins", "2026-01-01", extraFrontMatter: "category: Wirtschaftsförderung International\ntags: [Südkorea, Delegation]\n");
        _content.WriteArticle("zwei", "Zwei", "2026-01-02", extraFrontMatter: "category: Wirtschaftsförderung International\ntags: [Delegation]\n");
        _content.WriteArticle("entwurf", "Entwurf", "2026-01-03", extraFrontMatter: "tags: [Delegation, Geheim]\ndraft: true\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var category = await visitor.GetStringAsync("/rubrik/wirtschaftsfoerderung-international");
        var tag = await visitor.GetStringAsync("/themen/delegation");
        var overview = await visitor.GetStringAsync("/themen");

        Assert.Contains("<h1>Wirtschaftsförderung International</h1>", category);
        Assert.Equal(["Zwei", "Eins"], Titles(category));
        Assert.Equal(["Zwei", "Eins"], Titles(tag));
        Assert.Contains("<a href=\"/themen/delegation\">Delegation</a> <span class=\"count\">(2)</span>", overview);
        Assert.Contains("<a href=\"/themen/suedkorea\">Südkorea</a> <span class=\"count\">(1)</span>", overview);
        Assert.DoesNotContain("Geheim", overview);
        Assert.Contains("/themen/delegation/feed.xml\"", tag);
        Assert.Contains("/rubrik/wirtschaftsfoerderung-international/atom.xml\"", category);
    }

    private static readonly (string Url, HttpStatusCode Expected)[] ListingEdgeCases =
    [
        ("/themen/unbekannt", HttpStatusCode.NotFound),
        ("/themen/geheim", HttpStatusCode.NotFound),
        ("/rubrik/unbekannt", HttpStatusCode.NotFound),
        ("/themen/hafen?seite=2", HttpStatusCode.NotFound),
        ("/themen/hafen?seite=0", HttpStatusCode.BadRequest),
        ("/themen/hafen?seite=x", HttpStatusCode.BadRequest),
        ("/rubrik/logistik?seite=2", HttpStatusCode.NotFound),
        ("/rubrik/logistik?seite=-3", HttpStatusCode.BadRequest),
        ("/archiv/2026?seite=2", HttpStatusCode.NotFound),
        ("/archiv/2026?seite=eins", HttpStatusCode.BadRequest),
        ("/archiv/2025", HttpStatusCode.NotFound),
        ("/archiv/26", HttpStatusCode.NotFound),
        ("/archiv/abcd", HttpStatusCode.NotFound),
        ("/archiv/2026/13", HttpStatusCode.NotFound),
        ("/archiv/2026/1", HttpStatusCode.NotFound),
        ("/archiv/2026/02", HttpStatusCode.NotFound),
        ("/archiv/2026/03", HttpStatusCode.OK),
        ("/archiv/2026", HttpStatusCode.OK),
        ("/themen/hafen", HttpStatusCode.OK),
        ("/rubrik/logistik", HttpStatusCode.OK),
    ];

    [Fact]
    public async Task Listing_edge_cases()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-03-01", extraFrontMatter: "category: Logistik\ntags: [Hafen]\n");
        _content.WriteArticle("geheim", "Geheim", "2026-03-02", extraFrontMatter: "tags: [Geheim]\ndraft: true\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var (url, expected) in ListingEdgeCases)
            Assert.True((await visitor.GetAsync(url)).StatusCode == expected, $"{url} should answer {expected}");
    }

    [Fact]
    public async Task Tag_pages_are_paged_with_prev_and_next()
    {
        for (var day = 1; day <= 11; day++)
            _content.WriteArticle($"hafen-{day:00}", $"Hafen {day}", $"2026-01-{day:00}", extraFrontMatter: "tags: [Hafen]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var first = await visitor.GetStringAsync("/themen/hafen");
        var second = await visitor.GetStringAsync("/themen/hafen?seite=2");

        Assert.Equal(10, Titles(first).Count);
        Assert.Contains("rel=\"next\" href=\"/themen/hafen?seite=2\"", first);
        Assert.Equal(["Hafen 1"], Titles(second));
        Assert.Contains("rel=\"prev\" href=\"/themen/hafen\"", second);
    }

    [Fact]
    public async Task Archive_lists_years_and_months_with_counts_and_each_year_its_articles()
    {
        _content.WriteArticle("maerz-a", "März A", "2026-03-01");
        _content.WriteArticle("maerz-b", "März B", "2026-03-15");
        _content.WriteArticle("januar", "Januar", "2026-01-05");
        _content.WriteArticle("vorjahr", "Vorjahr", "2025-12-31T23:30:00Z");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var archive = await visitor.GetStringAsync("/archiv");
        var year = await visitor.GetStringAsync("/archiv/2026");
        var march = await visitor.GetStringAsync("/archiv/2026/03");

        Assert.Contains("<a href=\"/archiv/2026\">2026</a> <span class=\"count\">(4 Artikel)</span>", archive);
        Assert.Contains("<a href=\"/archiv/2026/03\">März</a> (2)", archive);
        Assert.Contains("<a href=\"/archiv/2026/01\">Januar</a> (2)", archive);
        Assert.DoesNotContain("/archiv/2025", archive);
        Assert.Equal(["März B", "März A", "Januar", "Vorjahr"], Titles(year));
        Assert.Equal(["März B", "März A"], Titles(march));
        Assert.Contains("<h1>März 2026</h1>", march);
    }

    [Fact]
    public async Task Article_page_links_category_tags_related_and_neighbours()
    {
        _content.WriteArticle("alt", "Alt", "2026-01-01", extraFrontMatter: "tags: [Hafen]\n");
        _content.WriteArticle("mitte", "Mitte", "2026-01-02", extraFrontMatter: "category: Logistik und Hafen\ntags: [Hafen, Wasserstoff]\n");
        _content.WriteArticle("neu", "Neu", "2026-01-03", extraFrontMatter: "tags: [Wasserstoff, Hafen]\n");
        _content.WriteArticle("fremd", "Fremd", "2026-01-04");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/mitte");
        var related = Regex.Match(html, "<section class=\"related\".*?</section>", RegexOptions.Singleline).Value;

        Assert.Contains("<a class=\"category\" href=\"/rubrik/logistik-und-hafen\">Logistik und Hafen</a>", html);
        Assert.Contains("<a href=\"/themen/hafen\" rel=\"tag\">Hafen</a>", html);
        Assert.Contains("<a href=\"/themen/wasserstoff\" rel=\"tag\">Wasserstoff</a>", html);
        Assert.Equal(["/artikel/neu", "/artikel/alt"], Regex.Matches(related, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"/artikel/alt\" rel=\"prev\">", html);
        Assert.Contains("<a href=\"/artikel/neu\" rel=\"next\">", html);
    }

    private static List<string> Titles(string html) =>
        Regex.Matches(html, "<h2><a href=\"/artikel/[^\"]+\">(.*?)</a></h2>").Select(m => Regex.Replace(m.Groups[1].Value, "</?mark>", "")).ToList();
}
