using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Articles;

/// <summary>A gallery photo's own usage terms (<c>license:</c>), checked like the other gallery fields.</summary>
public sealed class GalleryLicenseTests
{
    private static ReadResult<Article> Read(string license) => ArticleReader.Read("articles/2026/besuch/index.md", $"""
        ---
        title: Besuch
        date: 2026-11-12
        gallery:
          - src: empfang-1.jpg
            caption: WF Empfang
            credit: WF DO / Jäger
            alt: Empfang im Rathaus
        {license}
          - src: empfang-2.jpg
            caption: Rundgang
            credit: WF DO / Jäger
            alt: Rundgang am Hafen
        ---

        Text.
        """);

    [Fact]
    public void A_photo_carries_its_own_license_and_the_others_none()
    {
        var result = Read("    license: \"Nur für Berichte über den Besuch, Nennung „Foto: WF DO / Jäger“\"");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("Nur für Berichte über den Besuch, Nennung „Foto: WF DO / Jäger“", article.Gallery[0].License);
        Assert.Null(article.Gallery[1].License);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_license_that_is_not_a_text_is_a_located_wrong_type()
    {
        var result = Read("    license: [honorarfrei, redaktionell]");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Rules.WrongType.Code, 9, 14), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("'license' must be a text", problem.Message);
    }

    [Theory]
    [InlineData("    license:")]
    [InlineData("    license: \"  \"")]
    public void An_empty_license_is_a_located_bad_value_rather_than_the_default_by_accident(string line)
    {
        var result = Read(line);

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Rules.BadValue.Code, 9), (problem.Code, problem.Line));
        Assert.Contains("empty 'license'", problem.Message);
    }
}
