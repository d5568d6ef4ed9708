using CsCheck;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Content.Slugs;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Catalogue.Tests.Search;

/// <summary>Slugs and search spell German alike: one transliteration (<see cref="GermanSpelling"/>) for both.</summary>
public sealed class GermanSpellingTests
{
    // German text as editors and visitors write it: letters with and without umlauts or accents (also as a
    // combining mark after a letter), digits, spaces and punctuation.
    private static readonly Gen<string> Written = Gen.OneOf(
            Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Select(c => c.ToString()),
            Gen.Char["äöüßÄÖÜẞéèàçñÉ"].Select(c => c.ToString()),
            Gen.Char["aeiouAE"].Select(c => c + "\u0301"),
            Gen.Char[" -.,!?&„“–/"].Select(c => c.ToString()))
        .Array[0, 30].Select(parts => string.Concat(parts));

    [Fact]
    public void A_slug_is_the_words_in_their_search_spelling_joined_by_hyphens() =>
        Written.Sample(text =>
        {
            var words = GermanText.Words(text)
                .Select(w => GermanSpelling.Transliterate(text.AsSpan(w.Start, w.Length)))
                .Where(w => w.Length > 0);
            Assert.Equal(string.Join('-', words), Slug.From(text));
        }, iter: 5000);
}
