using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Articles;

/// <summary>
/// Dates whose moment in UTC (or in Dortmund time) falls outside what DateTimeOffset can hold: Hugo's
/// placeholder 0001-01-01 in Dortmund time is before year 1 in UTC, and building it threw.
/// </summary>
public sealed class OutOfRangeDateTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("0001-01-01T00:30")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("9999-12-31T23:30:00Z")]
    public void Front_matter_date_out_of_range_is_NEWS012_at_the_value(string date)
    {
        var result = ArticleReader.Read("articles/a.md", $"---\ntitle: A\ndate: {date}\n---\nText\n");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS012", 3, 7), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("out of range", problem.Message);
    }

    [Theory]
    [InlineData("lastmod")]
    [InlineData("expires")]
    [InlineData("expiryDate")]
    public void Other_dates_out_of_range_are_NEWS012_too(string key)
    {
        var result = ArticleReader.Read("articles/a.md", $"---\ntitle: A\ndate: 2026-01-01\n{key}: 0001-01-01\n---\nText\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS012", 4), (problem.Code, problem.Line));
    }

    [Theory]
    [InlineData("articles/0001-01-01-mein-neuer-blogpost.md")]
    [InlineData("articles/0001/0001-01-01-mein-neuer-blogpost/index.md")]
    public void Name_prefix_date_out_of_range_is_NEWS012_when_it_would_be_the_date(string path)
    {
        var result = ArticleReader.Read(path, "---\ntitle: Mein neuer Blogpost\n---\nText\n");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS012", 1, 1), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("file or folder name", problem.Message);
    }

    [Fact]
    public void Name_prefix_date_out_of_range_is_ignored_when_the_front_matter_has_a_date()
    {
        var result = ArticleReader.Read("articles/0001-01-01-mein-neuer-blogpost.md", "---\ntitle: A\ndate: 2026-01-01\n---\nText\n");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("mein-neuer-blogpost", article.Slug);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("0001-01-02T00:00:00Z")]
    [InlineData("0001-01-03")]
    [InlineData("9999-12-30")]
    [InlineData("9999-12-31")]
    [InlineData("1850-06-01")]
    public void Dates_near_the_ends_but_inside_the_range_are_read(string date)
    {
        var result = ArticleReader.Read("articles/a.md", $"---\ntitle: A\ndate: {date}\n---\nText\n");

        Assert.NotNull(result.Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_typo_in_a_date_is_still_not_a_date_rather_than_out_of_range()
    {
        var problem = Assert.Single(ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 0001-13-01\n---\nText\n").Problems);

        Assert.Equal(Rules.BadDate.Code, problem.Code);
        Assert.Contains("is not a date", problem.Message);
    }
}
