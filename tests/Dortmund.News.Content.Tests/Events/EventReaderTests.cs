using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Events;

public sealed class EventReaderTests
{
    private static ReadResult<Article> Read(string eventLines) =>
        ArticleReader.Read("articles/2026/messe/index.md", $"---\ntitle: Messe\ndate: 2026-11-02\nevent:\n{eventLines}---\n\nText.\n");

    private static string Located(ReadResult<Article> result) =>
        string.Join(" | ", result.Problems.Select(p => $"{p.Line}:{p.Column} {p.Code}"));

    [Fact]
    public void Reads_start_end_location_and_address_keeping_the_offset_written()
    {
        var result = Read("  start: 2026-12-01T10:00:00+09:00\n  end: 2026-12-03T17:30:00+09:00\n  location: Tokyo Big Sight\n  address: 3-11-1 Ariake, Koto-ku, Tokio\n");

        var found = Assert.IsType<Article>(result.Value).Event!;
        Assert.Empty(result.Problems);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9)), found.Start);
        Assert.Equal(TimeSpan.FromHours(9), found.Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 17, 30, 0, TimeSpan.FromHours(9)), found.End);
        Assert.Equal("Tokyo Big Sight", found.Location);
        Assert.Equal("3-11-1 Ariake, Koto-ku, Tokio", found.Address);
    }

    [Fact]
    public void An_article_without_event_has_none()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-11-02\n---\n\nText.\n");

        Assert.Null(result.Value!.Event);
    }

    [Theory]
    [InlineData("2026-12-01T10:00:00", "has no time or no offset")]
    [InlineData("2026-12-01", "has no time or no offset")]
    [InlineData("nächsten Dienstag", "is not a date and time")]
    [InlineData("0001-01-01T00:00:00+01:00", "out of range")]
    public void A_start_without_offset_is_a_located_error(string start, string message)
    {
        var result = Read($"  start: {start}\n  location: Westfalenhallen\n");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("5:10 NEWS070", $"{problem.Line}:{problem.Column} {problem.Code}");
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void An_end_before_the_start_is_a_located_error()
    {
        var result = Read("  start: 2026-12-01T10:00:00+01:00\n  end: 2026-12-01T09:00:00+01:00\n");

        Assert.Null(result.Value);
        Assert.Equal("6:8 NEWS071", Located(result));
        Assert.Contains("ends (2026-12-01T09:00:00+01:00) before it starts (2026-12-01T10:00:00+01:00)", result.Problems[0].Message);
    }

    [Fact]
    public void An_end_in_another_offset_is_compared_as_a_moment()
    {
        // 09:30 in London is 10:30 in Dortmund: after the start.
        var result = Read("  start: 2026-12-01T10:00:00+01:00\n  end: 2026-12-01T09:30:00+00:00\n");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Value!.Event);
    }

    [Fact]
    public void A_missing_start_and_an_unknown_key_are_located_with_a_suggestion()
    {
        var result = Read("  ende: 2026-12-01T09:00:00+01:00\n  loaction: Hafen\n");

        Assert.Null(result.Value);
        Assert.Equal("5:3 NEWS013 | 6:3 NEWS013 | 5:3 NEWS010", Located(result));
        Assert.Contains("did you mean 'end'?", result.Problems[0].Message);
        Assert.Contains("did you mean 'location'?", result.Problems[1].Message);
    }

    [Fact]
    public void An_event_that_is_not_a_group_of_keys_is_a_type_error()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-11-02\nevent: 2026-12-01T10:00:00+01:00\n---\n\nText.\n");

        Assert.Null(result.Value);
        Assert.Equal(Rules.WrongType.Code, Assert.Single(result.Problems).Code);
    }
}
