using System.Text;
using Dortmund.News.Content.Agency;

namespace Dortmund.News.Content.Tests.Agency;

public sealed class BoilerplateReaderTests
{
    private static (Boilerplate? Value, List<string> Problems) Read(string text)
    {
        var result = BoilerplateReader.Read(BoilerplateReader.FilePath, Encoding.UTF8.GetBytes(text));
        return (result.Value, result.Problems.Select(p => p.ToString()).ToList());
    }

    [Fact]
    public void Reads_the_title_the_address_lines_and_the_text_as_Markdown()
    {
        var (boilerplate, problems) = Read("---\ntitle: Über die Wirtschaftsförderung Dortmund\naddress:\n  - Wirtschaftsförderung Dortmund\n  - 44135 Dortmund\n---\nDie **Wirtschaftsförderung** [fördert](https://example.org/).\n");

        Assert.Empty(problems);
        Assert.Equal("Über die Wirtschaftsförderung Dortmund", boilerplate!.Title);
        Assert.Equal(["Wirtschaftsförderung Dortmund", "44135 Dortmund"], boilerplate.Address);
        Assert.Equal("<p>Die <strong>Wirtschaftsförderung</strong> <a href=\"https://example.org/\">fördert</a>.</p>\n", boilerplate.Html);
    }

    [Fact]
    public void Raw_html_is_sanitized_as_in_articles()
    {
        var (boilerplate, _) = Read("---\ntitle: Über uns\n---\nText <script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\">Link</a>\n");

        Assert.DoesNotContain("<script", boilerplate!.Html);
        Assert.DoesNotContain("javascript:", boilerplate.Html);
        Assert.DoesNotContain("onclick", boilerplate.Html);
    }

    [Fact]
    public void A_missing_title_is_NEWS010_and_an_unknown_key_NEWS013()
    {
        var (boilerplate, problems) = Read("---\nadress: [Dortmund]\n---\nText.\n");

        Assert.Null(boilerplate);
        Assert.Equal(
        [
            "boilerplate.md:2:1: warning NEWS013: unknown key 'adress' is ignored; did you mean 'address'?",
            "boilerplate.md:2:1: error NEWS010: 'title' is missing: add 'title: Über die Wirtschaftsförderung Dortmund'",
        ], problems);
    }

    [Fact]
    public void An_address_that_is_not_a_list_is_NEWS011_at_its_value()
    {
        var (boilerplate, problems) = Read("---\ntitle: Über uns\naddress:\n  strasse: Musterweg\n---\nText.\n");

        Assert.Null(boilerplate);
        Assert.StartsWith("boilerplate.md:4:3: error NEWS011: 'address' must be a list", Assert.Single(problems));
    }

    [Fact]
    public void Without_text_it_is_published_with_a_NEWS050_warning_below_the_front_matter()
    {
        var (boilerplate, problems) = Read("---\ntitle: Über uns\n---\n");

        Assert.NotNull(boilerplate);
        Assert.Equal("boilerplate.md:3:1: warning NEWS050: the boilerplate has no text below the front matter: write it after this line", Assert.Single(problems));
    }

    [Fact]
    public void Broken_yaml_is_NEWS004_where_it_breaks()
    {
        var (boilerplate, problems) = Read("---\ntitle: Über uns\naddress: [Dortmund\n---\nText.\n");

        Assert.Null(boilerplate);
        Assert.Contains(problems, p => p.StartsWith("boilerplate.md:", StringComparison.Ordinal) && p.Contains("error NEWS004"));
    }
}
