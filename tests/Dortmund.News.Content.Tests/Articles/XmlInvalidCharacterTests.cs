using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Content.Tests.Articles;

/// <summary>
/// Characters XML 1.0 cannot carry (Word pastes U+000B for a line break) are replaced when a file is
/// read, with a located NEWS009 warning; the article is still published.
/// </summary>
public sealed class XmlInvalidCharacterTests
{
    private const string WithControls = "---\n" +
                                        "title: \"Zeile\vZeile\"\n" +
                                        "date: 2026-01-01\n" +
                                        "summary: Kurz\u0001gefasst\n" +
                                        "tags: [Mes\u0008se, Hafen]\n" +
                                        "author: Erika\u001FMuster\n" +
                                        "gallery:\n" +
                                        "  - src: bild.jpg\n" +
                                        "    caption: Unter\u000Cschrift\n" +
                                        "    credit: WF\uFFFE DO\n" +
                                        "    alt: Be\uFFFFschreibung\n" +
                                        "---\n" +
                                        "Text mit\v Umbruch und \u0002 Steuerzeichen.\n";

    [Fact]
    public void Control_characters_in_every_field_and_the_body_are_replaced_with_one_located_warning()
    {
        var result = ArticleReader.Read("articles/a.md", WithControls);

        var article = Assert.IsType<Article>(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS009", Severity.Warning, 2, 14), (problem.Code, problem.Severity, problem.Line, problem.Column));
        Assert.Contains("U+000B", problem.Message);
        Assert.Equal("Zeile Zeile", article.Title);
        Assert.Equal("Kurz gefasst", article.Summary);
        Assert.Equal(["Mes se", "Hafen"], article.Tags);
        Assert.Equal("Erika Muster", Assert.Single(article.Authors).Name);
        var image = Assert.Single(article.Gallery);
        Assert.Equal(("Unter schrift", "WF\uFFFD DO", "Be\uFFFDschreibung"), (image.Caption, image.Credit, image.Alt));
        Assert.All([article.Title, article.Summary, article.Html, article.PlainText, image.Caption, image.Credit, image.Alt, .. article.Tags],
            text => Assert.Equal(-1, XmlSafeText.IndexOfInvalid(text)));
    }

    [Fact]
    public void Yaml_escapes_that_make_such_characters_are_replaced_with_a_warning_at_the_value()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: \"Zeile\\vZeile \\uFFFE\"\ndate: 2026-01-01\ntags: [\"a\\x01b\"]\n---\nText\n");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("Zeile Zeile \uFFFD", article.Title);
        Assert.Equal(["a b"], article.Tags);
        Assert.Equal([("NEWS009", 2, 8), ("NEWS009", 4, 8)], result.Problems.Select(p => (p.Code, p.Line, p.Column)));
    }

    [Fact]
    public void A_character_reference_to_such_a_character_in_the_body_is_replaced_with_a_warning()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nText&#11;mit Referenz.\n");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal(-1, XmlSafeText.IndexOfInvalid(article.Html));
        Assert.Equal(("NEWS009", 4), (Assert.Single(result.Problems).Code, result.Problems[0].Line));
    }

    [Fact]
    public void A_lone_surrogate_is_replaced_and_a_pair_is_kept()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: \"Emoji 😀 und \uD800 allein\"\ndate: 2026-01-01\n---\nText\n");

        Assert.Equal("Emoji 😀 und \uFFFD allein", result.Value!.Title);
        Assert.Equal("NEWS009", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Author_profiles_are_cleaned_the_same_way()
    {
        var result = AuthorReader.Read("authors/muster.md", "---\nname: Erika\vMuster\nrole: Presse\u0007sprecherin\n---\nBio\u0001grafie\n"u8);

        var author = Assert.IsType<Author>(result.Value);
        Assert.Equal(("Erika Muster", "Presse sprecherin"), (author.Name, author.Role));
        Assert.Equal(-1, XmlSafeText.IndexOfInvalid(author.BioHtml));
        Assert.Equal(("NEWS009", 2, 12), (Assert.Single(result.Problems).Code, result.Problems[0].Line, result.Problems[0].Column));
    }

    [Fact]
    public void Text_without_such_characters_is_returned_as_the_same_instance()
    {
        const string text = "Tab\tund\r\nZeilen, Emoji 😀, Umlaute äöü";

        Assert.Same(text, XmlSafeText.Clean(text));
    }
}
