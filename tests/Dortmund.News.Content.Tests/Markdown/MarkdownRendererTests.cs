using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Markdown;

namespace Dortmund.News.Content.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    public static TheoryData<string> GoldenFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Markdown_renders_as_in_the_golden_file(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        var expected = File.ReadAllText(Path.Combine(folder, name + ".html"));

        var html = MarkdownRenderer.Render(File.ReadAllText(Path.Combine(folder, name + ".md"))).Html;

        Assert.Equal(expected.Trim(), html.Trim());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=\"x.jpg\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("[klick](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "data:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(x)\">x</p>", "style=")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<script")]
    [InlineData("<javascript:alert(1)>", "href=\"javascript:")]
    [InlineData("[klick](JavaScript:alert(1))", "javascript:")]
    [InlineData("![bild](data:image/svg+xml;base64,PHN2Zz4=)", "data:")]
    [InlineData("[klick](vbscript:msgbox)", "vbscript:")]
    [InlineData("[klick]: javascript:alert(1)\n\nSiehe [klick].", "javascript:")]
    [InlineData("| a | b |\n|:-:|--:|\n| 1 | 2 |", "style=")]
    public void Hostile_html_is_removed(string markdown, string forbidden)
    {
        var html = MarkdownRenderer.Render("---\ntitle: x\n---\n\n" + markdown + "\n").Html;

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[Seite](https://zfp-do.de/seite?x=1#a)", "href=\"https://zfp-do.de/seite?x=1#a\"")]
    [InlineData("[Mail](mailto:presse@example.org)", "href=\"mailto:presse@example.org\"")]
    [InlineData("[Ruf an](tel:+49231123)", "href=\"tel:+49231123\"")]
    [InlineData("[Anderer Artikel](/artikel/hafen)", "href=\"/artikel/hafen\"")]
    [InlineData("Text mit <https://zfp-do.de> und **fett**", "<strong>fett</strong>")]
    public void Markdown_without_raw_html_keeps_its_safe_links(string markdown, string expected)
    {
        var html = MarkdownRenderer.Render(markdown + "\n").Html;

        Assert.Contains(expected, html);
    }

    [Theory]
    [InlineData("Mehr unter https://zfp-do.de/seite.", "<a href=\"https://zfp-do.de/seite\">https://zfp-do.de/seite</a>.")]
    [InlineData("Mehr unter http://zfp-do.de", "<a href=\"http://zfp-do.de\">")]
    [InlineData("Mehr unter www.dortmund.de und im Hafen", "<a href=\"http://www.dortmund.de\">www.dortmund.de</a> und im Hafen")]
    [InlineData("Schreiben Sie an mailto:presse@example.org", "<a href=\"mailto:presse@example.org\">presse@example.org</a>")]
    public void A_bare_web_or_mail_address_becomes_a_link(string markdown, string expected)
    {
        var html = MarkdownRenderer.Render(markdown + "\n").Html;

        Assert.Contains(expected, html);
    }

    [Fact]
    public void Safe_raw_html_is_kept()
    {
        var html = MarkdownRenderer.Render("<p>Ein <strong>wichtiger</strong> <a href=\"https://zfp-do.de\">Link</a></p>\n").Html;

        Assert.Contains("<strong>wichtiger</strong>", html);
        Assert.Contains("href=\"https://zfp-do.de\"", html);
    }

    [Fact]
    public void Duplicate_headings_get_distinct_stable_ids()
    {
        var html = MarkdownRenderer.Render("## Über uns\n\n## Über uns\n").Html;

        Assert.Contains("id=\"ueber-uns\"", html);
        Assert.Contains("id=\"ueber-uns-2\"", html);
    }

    [Theory]
    [InlineData(5000, ">")]
    [InlineData(300, "- ")]
    [InlineData(3000, "- ")]
    [InlineData(200, ">")]
    public void Hostile_nesting_is_a_located_error_not_a_crash(int depth, string marker)
    {
        var body = marker == ">" ? new string('>', depth) + " tief\n"
            : string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- x\n"));

        var result = ArticleReader.Read("articles/tief.md", "---\ntitle: T\ndate: 2026-01-01\n---\n" + body);

        Assert.Equal("NEWS007", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Moderate_nesting_renders()
    {
        var html = MarkdownRenderer.Render(new string('>', 20) + " tief\n").Html;

        Assert.Contains("tief", html);
    }

    [Fact]
    public void A_render_that_fails_at_the_nesting_limit_leaves_the_next_articles_intact()
    {
        // Images inside images pass the line check and fail while rendering, halfway through switching inline HTML off;
        // the next article names no scheme either, so both go through the same pipeline.
        var nestedImages = string.Concat(Enumerable.Repeat("![", 200)) + "x" + string.Concat(Enumerable.Repeat("](u.jpg)", 200)) + "\n";
        for (var i = 0; i < 8; i++)
        {
            Assert.Throws<ArgumentException>(() => MarkdownRenderer.Render(nestedImages));
            var html = MarkdownRenderer.Render("Die *Zeche* ![Zollern](zeche.jpg) und [mehr](/kontakt)\n").Html;

            Assert.Equal("<p>Die <em>Zeche</em> <img src=\"zeche.jpg\" alt=\"Zollern\" /> und <a href=\"/kontakt\">mehr</a></p>\n", html);
        }
    }
}
