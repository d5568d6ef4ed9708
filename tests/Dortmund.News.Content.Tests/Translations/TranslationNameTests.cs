using CsCheck;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Content.Tests.Translations;

public sealed class TranslationNameTests
{
    [Theory]
    [InlineData("articles/2026/besuch/index.en.md", "en", "articles/2026/besuch/index.md")]
    [InlineData("articles/besuch.en.md", "en", "articles/besuch.md")]
    [InlineData("articles/besuch.EN.md", "en", "articles/besuch.md")]
    [InlineData("articles/besuch.fra.md", "fra", "articles/besuch.md")]
    [InlineData("articles/2026/besuch/index.md", null, "articles/2026/besuch/index.md")]
    [InlineData("articles/version-2.0.md", null, "articles/version-2.0.md")]
    [InlineData("articles/dortmund.ruhrgebiet.md", null, "articles/dortmund.ruhrgebiet.md")]
    [InlineData("articles/.en.md", null, "articles/.en.md")]
    public void A_two_or_three_letter_suffix_before_md_names_the_language(string path, string? language, string original)
    {
        var name = TranslationName.Of(path);

        Assert.Equal(language, name.Language);
        Assert.Equal(original, name.OriginalPath);
    }

    [Theory]
    [InlineData("articles/2026/besuch/index.en.md", "index")]
    [InlineData("articles/2026-11-12-besuch.en.md", "2026-11-12-besuch")]
    [InlineData("articles/besuch.md", "besuch")]
    public void The_base_name_leaves_out_extension_and_suffix(string path, string baseName) =>
        Assert.Equal(baseName, TranslationName.BaseNameOf(path));

    [Fact]
    public void Any_path_with_a_known_suffix_translates_the_same_path_without_it() =>
        Gen.String[Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.Const('-')), 1, 30].Select(Gen.OneOf(Languages.All.ToArray()))
            .Sample((stem, language) =>
            {
                var name = TranslationName.Of($"articles/2026/{stem}.{language}.md");
                return name.Language == language && name.OriginalPath == $"articles/2026/{stem}.md"
                    && TranslationName.Of(name.OriginalPath).Language is null;
            });

    [Fact]
    public void Groups_by_key_and_by_path_never_meet()
    {
        Assert.Equal("key:besuch", TranslationGroups.Of("besuch", "articles/a/index.md"));
        Assert.Equal("path:articles/a/index.md", TranslationGroups.Of(null, "articles/a/index.en.md"));
        Assert.NotEqual(TranslationGroups.Of("articles/a/index.md", "articles/b.md"), TranslationGroups.Of(null, "articles/a/index.md"));
    }
}
