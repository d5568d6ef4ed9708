using Dortmund.News.Content.Text;

namespace Dortmund.News.Content.Tests.Text;

public sealed class GermanSpellingTests
{
    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("FÖRDERUNG", "foerderung")]
    [InlineData("Grüße aus Köln", "gruesse aus koeln")]
    [InlineData("GROẞ", "gross")]
    [InlineData("Café Crème", "cafe creme")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Cafe\u0301", "cafe")]
    [InlineData("日本", "日本")]
    public void Umlauts_and_sharp_s_are_spelled_out_and_other_diacritics_dropped(string text, string expected) =>
        Assert.Equal(expected, GermanSpelling.Transliterate(text));

    [Theory]
    [InlineData("Förderung", "forderung")]
    [InlineData("Straße", "straße")]
    [InlineData("Café", "cafe")]
    [InlineData("Hafen", "hafen")]
    public void Without_diacritics_is_the_tokenizers_folding(string text, string expected) =>
        Assert.Equal(expected, GermanSpelling.WithoutDiacritics(text));

    [Theory]
    [InlineData("Förderung", true)]
    [InlineData("STRAẞE", true)]
    [InlineData("Café", false)]
    [InlineData("Hafen", false)]
    public void Only_umlauts_and_sharp_s_have_a_spelling_of_their_own(string text, bool expected) =>
        Assert.Equal(expected, GermanSpelling.HasUmlaut(text));
}
