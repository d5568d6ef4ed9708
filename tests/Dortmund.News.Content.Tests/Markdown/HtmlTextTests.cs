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
    public void Inline_tags_even_unusual_ones_keep_a_word_whole_and_an_images_alt_text_is_text()
    {
        const string html = "<p>Donau<wbr>dampf<wbr>schiff, Haupt<tt>bahnhof</tt>, Phoenix<font>See</font></p>\n" +
                            "<p><img src=\"z.jpg\" alt=\"Zeche Zollern &amp; Hafen\" /></p>";

        Assert.Equal("Donaudampfschiff, Hauptbahnhof, PhoenixSee Zeche Zollern & Hafen", HtmlText.Of(html));
    }

    [Fact]
    public void Runs_of_whitespace_become_one_space_inside_and_between_tags_and_none_at_the_ends()
    {
        const string html = "<p> \u00a0Zeche\tZollern\r\nund\fmehr</p>\n<p>Phoenix  See</p><p>Haupt <em>bahnhof</em> Nord, Donau<wbr>dampf</p>\n\n" +
                            "<p>a\tb</p><p>c\rd</p><p>e\ff</p><p>g\u00a0h</p>";

        Assert.Equal("Zeche Zollern und mehr Phoenix See Haupt bahnhof Nord, Donaudampf a b c d e f g h", HtmlText.Of(html));
    }

    [Fact]
    public void An_image_only_body_has_its_alt_text_as_text()
    {
        var rendered = MarkdownRenderer.Render("![Zeche Zollern bei Nacht](bild.jpg)\n");

        Assert.Equal("Zeche Zollern bei Nacht", rendered.PlainText);
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
