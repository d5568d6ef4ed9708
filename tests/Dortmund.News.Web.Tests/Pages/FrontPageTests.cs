using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Pages;

/// <summary>What a visitor sees first: the home page's lead story, the article page's navigation, gallery and author box.</summary>
public sealed class FrontPageTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Newest_article_leads_and_is_not_repeated_in_the_list_and_page_two_continues_it()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"artikel-{day:00}", $"Artikel {day}", $"2026-03-{day:00}");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var first = await visitor.GetStringAsync("/");
        var second = await visitor.GetStringAsync("/?seite=2");

        Assert.Equal(["Artikel 12"], Titles(LeadOf(first)));
        Assert.Equal(Enumerable.Range(2, 10).Reverse().Select(d => $"Artikel {d}"), Titles(ListOf(first)));
        Assert.Equal("", LeadOf(second));
        Assert.Equal(["Artikel 1"], Titles(ListOf(second)));
    }

    [Fact]
    public async Task Newest_featured_article_leads_even_when_newer_ones_exist()
    {
        _content.WriteArticle("alt-markiert", "Alt markiert", "2026-03-01", extraFrontMatter: "featured: true\n");
        _content.WriteArticle("markiert", "Markiert", "2026-03-02", extraFrontMatter: "featured: true\n");
        _content.WriteArticle("neuester", "Neuester", "2026-03-03");
        _content.WriteArticle("geplant-markiert", "Geplant markiert", "2099-01-01", extraFrontMatter: "featured: true\n");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/");

        Assert.Equal(["Markiert"], Titles(LeadOf(html)));
        Assert.Equal(["Neuester", "Alt markiert"], Titles(ListOf(html)));
        Assert.Contains("card-lead", LeadOf(html));
    }

    [Fact]
    public async Task Aktuelles_is_the_current_page_on_the_home_page_but_not_on_an_article()
    {
        _content.WriteArticle("einer", "Einer", "2026-01-01");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        Assert.Contains("<a href=\"/\" aria-current=\"page\">Aktuelles</a>", await visitor.GetStringAsync("/"));
        var article = await visitor.GetStringAsync("/artikel/einer");
        Assert.Contains("<a href=\"/\">Aktuelles</a>", article);
        Assert.DoesNotContain("aria-current", article);
    }

    [Fact]
    public async Task Related_articles_and_neighbours_are_cards_inside_the_article()
    {
        _content.WriteArticle("alt", "Alt", "2026-01-01", extraFrontMatter: "tags: [Hafen]\n");
        _content.WriteArticle("mitte", "Mitte", "2026-01-02", extraFrontMatter: "tags: [Hafen]\n");
        _content.WriteArticle("neu", "Neu", "2026-01-03");
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/mitte");

        var article = Regex.Match(html, "<article class=\"article\".*</article>", RegexOptions.Singleline).Value;
        var related = Regex.Match(article, "<section class=\"related\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Equal(["Alt"], Titles(related));
        var neighbours = Regex.Match(article, "<nav class=\"article-neighbours\".*?</nav>", RegexOptions.Singleline).Value;
        Assert.Equal(["Alt", "Neu"], Titles(neighbours));
        Assert.Equal(3, Regex.Matches(article, "<article class=\"card").Count);
    }

    [Fact]
    public async Task Lead_photo_is_shown_once_above_the_text_and_stays_downloadable()
    {
        using var seed = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(seed);

        var html = await site.CreateVisitor().GetStringAsync("/artikel/besuch-suedkoreanische-delegation");

        var gallery = Regex.Match(html, "<ol class=\"gallery-grid\".*?</ol>", RegexOptions.Singleline).Value;
        Assert.Equal(8, Regex.Matches(gallery, "<li>").Count);
        Assert.Contains("Bild 1 von 8 vergrößern: Empfang der südkoreanischen Delegation bei der Wirtschaftsförderung Dortmund, Bild 2 von 4", gallery);
        Assert.Contains("Bild 8 von 8 vergrößern:", gallery);
        Assert.DoesNotContain("Bild 1 von 4", gallery);
        Assert.Contains("8 Fotos", html);
        var lead = Regex.Match(html, "<figure class=\"lead-image\">.*?</figure>", RegexOptions.Singleline).Value;
        Assert.Matches("<a class=\"photo-download\" href=\"/artikel/besuch-suedkoreanische-delegation/fotos/[^\"]*empfang-1\\.jpg\" download>", lead);
    }

    [Fact]
    public async Task Author_without_a_bio_shows_no_bio_section()
    {
        _content.Write("authors/ohne.md", "---\nname: Ohne Text\nrole: Pressestelle\n---\n");
        _content.WriteArticle("einer", "Einer", "2026-01-01", extraFrontMatter: "authors: [ohne]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var profile = await visitor.GetStringAsync("/autoren/ohne");
        var article = await visitor.GetStringAsync("/artikel/einer");

        Assert.Contains("<h1>Ohne Text</h1>", profile);
        Assert.DoesNotContain("author-bio", profile);
        Assert.Contains("class=\"author-box\"", article);
        Assert.DoesNotContain("author-bio", article);
    }

    [Fact]
    public void Seed_author_profile_carries_no_placeholder_text()
    {
        var text = File.ReadAllText(Path.Combine(TempContent.RepositoryContent, "authors/jaeger.md"));

        Assert.DoesNotContain("Platzhalter", text);
    }

    private static string LeadOf(string html) =>
        Regex.Match(html, "<section class=\"lead-story\".*?</section>", RegexOptions.Singleline).Value;

    /// <summary>The page after the lead story: the list (and the pager).</summary>
    private static string ListOf(string html)
    {
        var lead = LeadOf(html);
        return lead.Length == 0 ? html : html[(html.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..];
    }

    private static List<string> Titles(string html) =>
        Regex.Matches(html, "<h2><a href=\"/artikel/[^\"]+\"[^>]*>(.*?)</a></h2>").Select(m => m.Groups[1].Value).ToList();
}
