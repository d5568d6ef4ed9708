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
}
