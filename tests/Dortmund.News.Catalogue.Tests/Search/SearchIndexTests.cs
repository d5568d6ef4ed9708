using Dortmund.News.Catalogue.Search;

namespace Dortmund.News.Catalogue.Tests.Search;

public class SearchIndexTests
{
    [Fact]
    public void The_body_is_indexed_as_its_words_each_spelling_at_most_three_times()
    {
        var indexed = SearchIndex.IndexedBody("Hafen, Hafen. Hafen! Hafen? Der hafen – und Wasserstoff, 2026 und 2026.");

        Assert.Equal("Hafen Hafen Hafen Der hafen und Wasserstoff 2026 und 2026 ", indexed);
    }

    [Fact]
    public void The_indexed_body_ends_with_the_ascii_spellings_of_its_umlaut_words()
    {
        var indexed = SearchIndex.IndexedBody("Förderung an der Straße, Förderung im Hafen.");

        Assert.Equal("Förderung an der Straße Förderung im Hafen \nfoerderung strasse", indexed);
    }

    [Fact]
    public void A_long_body_keeps_each_of_its_many_distinct_words_up_to_three_times()
    {
        // Thousands of distinct words make the word table grow many times; every word must keep its own count.
        var words = Enumerable.Range(0, 3000).Select(i => $"wort{i}").ToList();
        var text = string.Join(' ', words.Concat(words).Concat(words).Concat(words).Concat(["Wort", "wort1", "wort"]));

        var indexed = SearchIndex.IndexedBody(text);

        var expected = string.Join(' ', words.Concat(words).Concat(words).Concat(["Wort", "wort"])) + " ";
        Assert.Equal(expected, indexed);
    }
}
