using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Articles;

public sealed class FeaturedTests
{
    private static ReadResult<Article> Read(string featuredLine) =>
        ArticleReader.Read("articles/aufmacher.md", $"---\ntitle: Aufmacher\ndate: 2026-11-12\n{featuredLine}\n---\n\nText.\n");

    [Theory]
    [InlineData("featured: true", true)]
    [InlineData("featured: false", false)]
    [InlineData("", false)]
    public void Featured_is_read_as_a_flag_defaulting_to_false(string line, bool expected)
    {
        var result = Read(line);

        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Value!.Featured);
    }

    [Theory]
    [InlineData("featured: ja")]
    [InlineData("featured: [true]")]
    public void Featured_that_is_not_true_or_false_is_a_located_wrong_type(string line)
    {
        var result = Read(line);

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Rules.WrongType.Code, "articles/aufmacher.md", 4, 11), (problem.Code, problem.Path, problem.Line, problem.Column));
        Assert.Contains("'featured' must be true or false", problem.Message);
    }
}
