using Dortmund.News.Content.Markdown;

namespace Dortmund.News.Content.Tests.Markdown;

public class HtmlTextTests
{
    [Fact]
    public void Block_tags_separate_words_inline_tags_do_not_and_entities_are_decoded()
    {
        const string html = "<h2 id=\"a\">Haupt<em>bahnhof</em></h2>\n<p>Zeche<br />Zollern &amp; &lt;Hafen&gt;</p><!-- intern -->" +
                            "<ul><li>eins</li><li><a href=\"/x\">zwei</a></li></ul><table><tr><td>drei</td><td>vier</td></tr></table>";

        Assert.Equal("Hauptbahnhof Zeche Zollern & <Hafen> eins zwei drei vier", HtmlText.Of(html));
    }

    [Fact]
    public void An_articles_plain_text_is_the_text_a_reader_sees_of_its_html()
    {
        const string markdown = """
            ## Besuch aus *Süd*korea

            Die Delegation besuchte den **Phoenix-See** und das [Technologiezentrum](https://example.org/tz).
            Ein Zeilenumbruch  
            folgt, dann `Code` & „Anführungszeichen“ und Stra&szlig;e.

            > Ein Zitat über Wasserstoff.

            1. Erstens
            2. Zweitens mit _Betonung_

            | Ort | Jahr |
            |-----|------|
            | Hafen | 2026 |

            <div class="kasten">Roher Kasten<script>alert(1)</script></div>
            """;

        var rendered = MarkdownRenderer.Render(markdown);

        Assert.Equal(
            "Besuch aus Südkorea Die Delegation besuchte den Phoenix-See und das Technologiezentrum. Ein Zeilenumbruch " +
            "folgt, dann Code & „Anführungszeichen“ und Straße. Ein Zitat über Wasserstoff. Erstens Zweitens mit Betonung " +
            "Ort Jahr Hafen 2026 Roher Kasten",
            rendered.PlainText);
    }
}
