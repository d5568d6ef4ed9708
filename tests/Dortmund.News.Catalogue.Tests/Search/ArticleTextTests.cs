using Dortmund.News.Catalogue.Search;
using Dortmund.News.Content.Markdown;

namespace Dortmund.News.Catalogue.Tests.Search;

public class ArticleTextTests
{
    [Fact]
    public void Block_tags_separate_words_inline_tags_do_not_and_entities_are_decoded()
    {
        const string html = "<h2 id=\"a\">Haupt<em>bahnhof</em></h2>\n<p>Zeche<br />Zollern &amp; &lt;Hafen&gt;</p><!-- intern -->" +
                            "<ul><li>eins</li><li><a href=\"/x\">zwei</a></li></ul><table><tr><td>drei</td><td>vier</td></tr></table>";

        Assert.Equal("Hauptbahnhof Zeche Zollern & <Hafen> eins zwei drei vier", ArticleText.Of(html));
    }

    [Fact]
    public void The_text_of_rendered_markdown_has_the_words_of_its_plain_text_rendering()
    {
        const string markdown = """
            ## Besuch aus *Südkorea*

            Die Delegation besuchte den **Phoenix-See** und das [Technologiezentrum](https://example.org/tz).
            Ein Zeilenumbruch  
            folgt, dann `Code` & „Anführungszeichen“ und Stra&szlig;e.

            > Ein Zitat über Wasserstoff.

            1. Erstens
            2. Zweitens mit _Betonung_

            | Ort | Jahr |
            |-----|------|
            | Hafen | 2026 |
            """;
        var rendered = MarkdownRenderer.Render(markdown);

        Assert.Equal(WordsOf(rendered.PlainText), WordsOf(ArticleText.Of(rendered.Html)));
    }

    private static List<string> WordsOf(string text) => GermanText.Words(text).Select(w => text.Substring(w.Start, w.Length)).ToList();
}
