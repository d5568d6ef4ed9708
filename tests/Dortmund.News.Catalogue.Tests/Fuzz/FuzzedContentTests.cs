using CsCheck;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Fuzz;

/// <summary>
/// Thousands of random and mutated files thrown at the readers and the validator: nothing throws,
/// every problem is located, and whatever is published can be written as XML and shown in the site's time zone.
/// </summary>
public sealed class FuzzedContentTests
{
    [Fact]
    public void The_article_reader_never_throws_and_publishes_only_xml_safe_text_and_usable_dates() =>
        Gen.Select(FuzzedContent.Path, FuzzedContent.File).Sample(file =>
        {
            var (path, text) = file;
            var result = ArticleReader.Read(path, text);
            AssertLocated(path, result.Problems);
            if (result.Value is { } article)
                AssertPublishable(article);
        }, iter: 1000);

    [Fact]
    public void The_article_and_author_readers_never_throw_on_raw_bytes() =>
        Gen.Select(FuzzedContent.Path, FuzzedContent.Bytes).Sample(file =>
        {
            var (path, bytes) = file;
            var article = ArticleReader.Read(path, bytes);
            AssertLocated(path, article.Problems);
            if (article.Value is { } published)
                AssertPublishable(published);
            var author = AuthorReader.Read(path, bytes);
            AssertLocated(path, author.Problems);
            if (author.Value is { } profile)
                Assert.All([profile.Name, profile.Role ?? "", profile.BioHtml], AssertXmlSafe);
        }, iter: 1000);

    [Fact]
    public void The_validator_never_throws_and_never_meets_an_unexpected_failure() =>
        Gen.Select(FuzzedContent.Path, FuzzedContent.Bytes).Array[20, 40].Sample(files =>
        {
            using var content = new TempContent();
            foreach (var (path, bytes) in files.DistinctBy(f => f.Item1, StringComparer.OrdinalIgnoreCase))
                content.Write(path, bytes);

            var report = ContentValidator.ValidateAsync(content.ContentPath, TempContent.ArticlePathPrefix).GetAwaiter().GetResult();

            // NEWS008 is the safety net for a bug in a reader: fuzzed content must never need it.
            Assert.DoesNotContain(report.Problems, p => p.Code == Rules.Unreadable.Code);
            Assert.All(report.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
        }, iter: 6, threads: 1);

    private static void AssertLocated(string path, IReadOnlyList<ContentProblem> problems) =>
        Assert.All(problems, p => Assert.True(p.Path == path && p.Line >= 1 && p.Column >= 1, p.ToString()));

    private static void AssertPublishable(Article article)
    {
        Assert.All(
            [
                article.Title, article.Summary, article.Html, article.PlainText, article.Category ?? "", article.Language,
                .. article.Tags, .. article.Authors.Select(a => a.Name), .. article.Aliases,
                .. article.Gallery.SelectMany(g => new[] { g.Caption, g.Credit, g.Alt }),
            ],
            AssertXmlSafe);
        // What the catalogue and the pages do with every date: UTC for the rows, Dortmund time for the archive.
        foreach (var date in new[] { article.Date, article.LastModified, article.Expires }.OfType<DateTimeOffset>())
        {
            _ = ArchiveMonth.Of(date);
            _ = ArchiveMonth.Of(date.UtcDateTime);
        }
    }

    private static void AssertXmlSafe(string text) => Assert.True(XmlSafeText.IndexOfInvalid(text) < 0, $"not XML-safe: {text}");
}
