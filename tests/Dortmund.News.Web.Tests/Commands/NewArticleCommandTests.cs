using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;
using Dortmund.News.Testing;
using Dortmund.News.Web.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Commands;

public sealed class NewArticleCommandTests : IDisposable
{
    private readonly TempContent _content = new(withSeedContent: true);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 14, 8, 30, 5, TimeSpan.Zero));

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Creates_a_bundle_with_filled_in_front_matter_that_reads_as_a_draft()
    {
        var (exit, output) = await RunAsync("new", "Grüße aus Köln: Straßenfest", "--author", "jaeger");

        var path = Path.Combine(_content.ContentPath, "articles", "2027", "gruesse-aus-koeln-strassenfest", "index.md");
        Assert.Equal(0, exit);
        Assert.Contains("created content/articles/2027/gruesse-aus-koeln-strassenfest/index.md", output);
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../../.schema/article.schema.json\n"
                          + "title: \"Grüße aus Köln: Straßenfest\"\ndate: 2027-03-14T09:30:05+01:00\nauthors: [\"jaeger\"]\n", text);
        // The modeline names the schema file beside the articles, as content/.schema holds it.
        Assert.Equal(Path.Combine(_content.ContentPath, ".schema", "article.schema.json"),
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "../../../.schema/article.schema.json")));
        Assert.Contains("# gallery:\n#   - src: bild-1.jpg\n", text);

        var article = ArticleReader.Read("articles/2027/gruesse-aus-koeln-strassenfest/index.md", text);
        Assert.NotNull(article.Value);
        Assert.True(article.Value.Draft);
        Assert.Equal("gruesse-aus-koeln-strassenfest", article.Value.Slug);
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 8, 30, 5, TimeSpan.Zero), article.Value.Date);
        // The only thing left to do is to write the text.
        var report = await ContentValidator.ValidateAsync(_content.ContentPath, SiteRoutes.ArticlePrefix);
        Assert.Equal("NEWS050", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_existing_article()
    {
        await RunAsync("new", "Doppelt angelegt", "--author", "jaeger");
        var path = Path.Combine(_content.ContentPath, "articles", "2027", "doppelt-angelegt", "index.md");
        await File.WriteAllTextAsync(path, "---\ntitle: Schon bearbeitet\ndate: 2027-03-14\n---\n\nText.\n");

        var (exit, output) = await RunAsync("new", "Doppelt angelegt", "--author", "jaeger");

        Assert.Equal(1, exit);
        Assert.Contains("already exists", output);
        Assert.Equal("---\ntitle: Schon bearbeitet\ndate: 2027-03-14\n---\n\nText.\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Warns_about_an_author_without_profile_but_creates_the_file()
    {
        var (exit, output) = await RunAsync("new", "Gastbeitrag", "--author", "Erika Mustermann");

        Assert.Equal(0, exit);
        Assert.Contains("warning: author 'Erika Mustermann' has no profile file authors/erika-mustermann.md", output);
    }

    [Theory]
    [InlineData("new", "--author", "jaeger")]
    [InlineData("new", "Ohne Autor")]
    [InlineData("new", "!!!", "--author", "jaeger")]
    public async Task A_wrong_command_line_exits_2_and_creates_nothing(params string[] args)
    {
        var exit = await SiteCommands.RunAsync(args, new StringWriter(), new StringWriter(), _content.Root, _clock);

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.False(Directory.Exists(Path.Combine(_content.ContentPath, "articles", "2027")));
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await SiteCommands.RunAsync(args, output, new StringWriter(), _content.Root, _clock);
        return (exit, output.ToString());
    }
}
