using System.Text;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Content.Tests.Translations;

public sealed class TranslatedArticleTests
{
    private static ReadResult<Article> Read(string path, string frontMatter) =>
        ArticleReader.Read(path, Encoding.UTF8.GetBytes($"---\ntitle: Visit\ndate: 2026-11-12\n{frontMatter}---\n\nText.\n"));

    [Fact]
    public void The_file_name_suffix_sets_the_language_and_the_bundle_folder_the_slug()
    {
        var article = Read("articles/2026/2026-11-12-besuch-delegation/index.en.md", "translator: Jane Doe\n").Value!;

        Assert.Equal(Languages.English, article.Language);
        Assert.Equal("besuch-delegation", article.Slug);
        Assert.Equal("Jane Doe", article.Translator);
        Assert.Equal("path:articles/2026/2026-11-12-besuch-delegation/index.md", article.TranslationGroup);
    }

    [Fact]
    public void A_flat_translation_takes_the_original_file_name_as_slug_unless_slug_is_set()
    {
        Assert.Equal("besuch", Read("articles/besuch.en.md", "").Value!.Slug);
        Assert.Equal("visit-of-a-delegation", Read("articles/besuch.en.md", "slug: visit-of-a-delegation\n").Value!.Slug);
    }

    [Fact]
    public void Without_suffix_lang_sets_the_language_and_german_is_the_default()
    {
        Assert.Equal(Languages.German, Read("articles/besuch.md", "").Value!.Language);
        Assert.Equal(Languages.English, Read("articles/visit.md", "lang: en\ntranslationKey: besuch\n").Value!.Language);
    }

    [Fact]
    public void The_translation_key_groups_files_wherever_they_are()
    {
        var german = Read("articles/besuch.md", "translationKey: besuch-2026\n").Value!;
        var english = Read("articles/other/visit.md", "lang: en\ntranslationKey: besuch-2026\n").Value!;

        Assert.Equal(german.TranslationGroup, english.TranslationGroup);
    }

    [Fact]
    public void Lang_disagreeing_with_the_suffix_is_an_error_at_the_lang_line()
    {
        var result = Read("articles/besuch.en.md", "lang: de\n");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Rules.LanguageMismatch.Code, 4, 7), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void An_unknown_language_is_an_error_at_lang_or_at_the_file_start()
    {
        var written = Read("articles/besuch.md", "lang: fr\n");
        var suffix = Read("articles/besuch.fr.md", "");

        Assert.Equal((Rules.UnknownLanguage.Code, 4), (written.Problems.Single().Code, written.Problems.Single().Line));
        Assert.Equal((Rules.UnknownLanguage.Code, 1), (suffix.Problems.Single().Code, suffix.Problems.Single().Line));
        Assert.Null(written.Value);
        Assert.Null(suffix.Value);
    }
}
