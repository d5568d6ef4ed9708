using System.Net;
using System.Xml.Linq;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>
/// One control character pasted from Word made every feed and sitemap answer 500 (XmlWriter refused it);
/// the reader replaces such characters, so everything that leaves the site is well-formed XML.
/// </summary>
public sealed class XmlInvalidCharacterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new();

    public XmlInvalidCharacterTests()
    {
        _content.WriteImage("articles/2026/steuerzeichen/bild.jpg");
        _content.Write("articles/2026/steuerzeichen/index.md",
            "---\n" +
            "title: \"Zeile\vZeile aus Word\"\n" +
            "date: 2026-11-21T10:00:00+01:00\n" +
            "category: \"Wirt\u0001schaft\"\n" +
            "tags: [Hafen, \"Steuer\vzeichen\"]\n" +
            "authors: [\"Erika\u001FMuster\"]\n" +
            "image: bild.jpg\n" +
            "gallery:\n" +
            "  - src: bild.jpg\n" +
            "    caption: \"Unter\vschrift \\uFFFE\"\n" +
            "    credit: \"WF\u0002 DO\"\n" +
            "    alt: \"Be\u000Cschreibung\"\n" +
            "---\n" +
            "Erster Absatz mit\v Umbruch und &#11; Referenz.\n");
        _content.WriteArticle("gut", "Gut", "2026-11-20", extraFrontMatter: "tags: [Hafen]\n");
        _content.Write("authors/erika-muster.md", "---\nname: \"Erika\vMuster\"\nrole: \"Presse\u0007sprecherin\"\n---\nBio\vgrafie.\n");
    }

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap-news.xml")]
    [InlineData("/themen/hafen/feed.xml")]
    [InlineData("/themen/hafen/atom.xml")]
    [InlineData("/rubrik/wirt-schaft/feed.xml")]
    [InlineData("/autoren/erika-muster/feed.xml")]
    public async Task Feeds_and_sitemaps_answer_200_with_well_formed_XML_naming_the_cleaned_article(string path)
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        var response = await site.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(document.Descendants(), e => e.Value.Contains("Zeile Zeile aus Word") || e.Value.EndsWith("/artikel/steuerzeichen"));
    }

    [Fact]
    public async Task The_article_page_shows_the_cleaned_text()
    {
        await using var site = ReachContent.Site(_content, time: new FixedClock(Now));

        var response = await site.CreateVisitor().GetAsync("/artikel/steuerzeichen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Zeile Zeile aus Word", html);
        Assert.Contains("Unter schrift", html);
        Assert.DoesNotContain('\v', html);
        Assert.DoesNotContain('\u0001', html);
    }
}
