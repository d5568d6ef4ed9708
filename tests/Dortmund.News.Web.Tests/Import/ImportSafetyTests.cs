using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Import;

/// <summary>An import never overwrites, a dry run writes nothing, a wrong command line changes nothing.</summary>
public sealed class ImportSafetyTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    public static TheoryData<string> Kinds => new() { "hugo", "jekyll", "wordpress" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_second_import_skips_every_post_and_changes_no_file(string kind)
    {
        var (_, first) = await ImportRun.RunAsync(_content, kind, ImportRun.Fixture(kind));
        var before = ImportRun.Snapshot(_content);
        var imported = first.Split('\n').Count(l => l.StartsWith("imported: ", StringComparison.Ordinal));

        var (exit, second) = await ImportRun.RunAsync(_content, kind, ImportRun.Fixture(kind));

        Assert.Equal(1, exit);
        Assert.Equal(before, ImportRun.Snapshot(_content));
        Assert.Contains($"0 imported (0 with warnings)", second);
        Assert.Equal(imported, second.Split('\n').Count(l => l.Contains("exists already; not overwritten", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing(string kind)
    {
        var before = ImportRun.Snapshot(_content);

        var (exit, output) = await ImportRun.RunAsync(_content, kind, ImportRun.Fixture(kind), "--dry-run");

        Assert.Equal(1, exit);
        Assert.Equal(before, ImportRun.Snapshot(_content));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_content.ContentPath, "articles")));
        Assert.Contains("would import: ", output);
        Assert.Contains("Dry run, nothing written: ", output);
    }

    [Fact]
    public async Task An_article_with_the_same_slug_is_not_overwritten_and_the_post_is_skipped()
    {
        _content.WriteArticle("messe-besuch", "Schon da", "2020-01-01");
        var before = ImportRun.Snapshot(_content);

        var (_, output) = await ImportRun.RunAsync(_content, "hugo", ImportRun.Fixture("hugo"));

        Assert.Contains("skipped: content/posts/messe-besuch/index.md:1: the slug 'messe-besuch' is taken by articles/messe-besuch.md", output);
        Assert.Equal(before["articles/messe-besuch.md"], ImportRun.Snapshot(_content)["articles/messe-besuch.md"]);
        await ImportRun.AssertValidAsync(_content);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "hugo")]
    [InlineData("import", "drupal", "/tmp")]
    [InlineData("import", "hugo", "/nirgendwo/alte-seite")]
    [InlineData("import", "jekyll", "{hugo}")] // a Hugo site is no Jekyll site
    [InlineData("import", "wordpress", "{jekyll}", "--section", "posts")]
    [InlineData("import", "hugo", "{hugo}", "--unbekannt", "x")]
    public async Task A_wrong_command_line_exits_2_and_writes_nothing(params string[] args)
    {
        args = args.Select(a => a.StartsWith('{') ? ImportRun.Fixture(a.Trim('{', '}')) : a).ToArray();
        var error = new StringWriter();

        var exit = await Dortmund.News.Web.Commands.SiteCommands.RunAsync([.. args, "--content", _content.ContentPath], new StringWriter(), error,
            _content.Root, TimeProvider.System);

        Assert.Equal(Dortmund.News.Web.Commands.SiteCommands.UsageError, exit);
        Assert.Contains("import hugo|jekyll|wordpress SOURCE", error.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_content.ContentPath, "articles")));
    }
}
