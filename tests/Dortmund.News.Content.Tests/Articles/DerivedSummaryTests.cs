using Dortmund.News.Content.Articles;

namespace Dortmund.News.Content.Tests.Articles;

public sealed class DerivedSummaryTests
{
    private static readonly string LongParagraph =
        string.Join(' ', Enumerable.Range(0, 1000).Select(i => i % 7 == 0 ? "Wirtschaftsförderung" : $"Wort{i}"));

    [Fact]
    public void A_long_first_paragraph_is_cut_at_a_word_boundary_near_300_characters_with_an_ellipsis()
    {
        var article = ArticleReader.Read("articles/a.md", $"---\ntitle: A\ndate: 2026-01-01\n---\n{LongParagraph}\n\nZweiter Absatz.\n").Value!;

        Assert.EndsWith("…", article.Summary);
        Assert.InRange(article.Summary.Length, 250, DerivedSummary.MaxLength);
        var words = article.Summary[..^1];
        Assert.StartsWith(words, LongParagraph);
        Assert.Equal(' ', LongParagraph[words.Length]);
    }

    [Fact]
    public void A_short_first_paragraph_is_the_summary_unchanged()
    {
        var article = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nKurzer Absatz.\n").Value!;

        Assert.Equal("Kurzer Absatz.", article.Summary);
    }

    [Fact]
    public void An_editors_summary_is_never_cut()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Zusammenfassung", 40));
        var article = ArticleReader.Read("articles/a.md", $"---\ntitle: A\ndate: 2026-01-01\nsummary: {summary}\n---\nText\n").Value!;

        Assert.Equal(summary, article.Summary);
    }

    [Fact]
    public void One_word_longer_than_the_limit_is_cut_inside_it()
    {
        var summary = DerivedSummary.From("https://example.org/" + new string('x', 500));

        Assert.Equal(DerivedSummary.MaxLength, summary.Length);
        Assert.EndsWith("…", summary);
    }

    [Fact]
    public void No_punctuation_dangles_before_the_ellipsis()
    {
        var paragraph = string.Concat(Enumerable.Repeat("abcdefghi, ", 40));

        var summary = DerivedSummary.From(paragraph);

        Assert.EndsWith("abcdefghi…", summary);
    }
}
