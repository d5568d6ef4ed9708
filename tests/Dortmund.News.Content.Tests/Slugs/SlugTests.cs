using Dortmund.News.Content.Slugs;

namespace Dortmund.News.Content.Tests.Slugs;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Förderung für Straßen", "foerderung-fuer-strassen")]
    [InlineData("ÄRGER über Öl", "aerger-ueber-oel")]
    [InlineData("Café Crème à la carte", "cafe-creme-a-la-carte")]
    [InlineData("  PHOENIX  See -- 2026!  ", "phoenix-see-2026")]
    [InlineData("Masterplan Wissenschaft 2.0", "masterplan-wissenschaft-2-0")]
    [InlineData("日本", "")]
    public void Slugs_are_lowercase_ascii_with_german_transliteration(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("Hafen 😀 Fest", "hafen-fest")]
    [InlineData("😀", "")]
    [InlineData("Lone \uD800 half", "lone-half")]
    public void Emoji_and_lone_surrogates_are_dropped_not_thrown_on(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void A_tag_that_is_an_emoji_does_not_stop_the_article()
    {
        var result = Dortmund.News.Content.Articles.ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ntags: [\"😀\", Hafen]\n---\nText\n");

        Assert.Equal(["Hafen"], result.Value!.Tags);
    }
}
