using System.Diagnostics;
using System.Text.RegularExpressions;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;
using Dortmund.News.Testing;
using Dortmund.News.Web.Commands;

namespace Dortmund.News.Web.Tests.Commands;

public sealed partial class ValidateCommandTests
{
    private static string FixtureRoot => Path.Combine(TempContent.RepositoryRoot, "tests", "Fixtures", "validator");

    [Fact]
    public async Task Fixture_tree_gives_every_problem_sorted_in_compiler_format_matching_the_golden_file()
    {
        var (exit, output) = await RunAsync(["validate"], FixtureRoot);

        var lines = Lines(output);
        var expected = Lines(await File.ReadAllTextAsync(Path.Combine(FixtureRoot, "expected.txt")));
        Assert.Equal(expected, lines[..^1]);
        Assert.Matches(SummaryLine(), lines[^1]);
        Assert.StartsWith("59 files checked: 36 errors, 7 warnings in ", lines[^1]);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Fixture_tree_has_one_file_for_every_rule_except_the_size_limit_and_unreadable_files()
    {
        var expected = File.ReadAllText(Path.Combine(FixtureRoot, "expected.txt"));
        var covered = ProblemCode().Matches(expected).Select(m => m.Groups[1].Value).ToHashSet();

        // NEWS002 and NEWS008 need files too large to commit; their tests make them.
        Assert.Equal(Rules.All.Select(r => r.Code).Where(c => c != Rules.TooLarge.Code && c != Rules.Unreadable.Code).Order(), covered.Order());
    }

    [Fact]
    public async Task Github_format_prints_annotations_with_file_line_and_column()
    {
        var (exit, output) = await RunAsync(["validate", "--format", "github"], FixtureRoot);

        var lines = Lines(output);
        Assert.Contains("::error file=content/articles/2026/news021-ohne-nachweis/index.md,line=5,col=5::NEWS021: gallery image 'bild.png' has no credit", lines);
        Assert.Contains("::warning file=content/articles/news013-unbekannt.md,line=4,col=1::NEWS013: unknown key 'tag' is ignored; did you mean 'tags'?", lines);
        Assert.All(lines[..^1], line => Assert.Matches(@"^::(error|warning) file=[^,:]+,line=\d+,col=\d+::NEWS\d{3}: ", line));
        Assert.Equal(43, lines.Length - 1);
        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Clean_content_exits_0_with_only_the_summary()
    {
        using var content = new TempContent(withSeedContent: true);

        var (exit, output) = await RunAsync(["validate", "--content", content.ContentPath], TempContent.RepositoryRoot);

        Assert.Equal(0, exit);
        Assert.Matches(@"^17 files checked: 0 errors, 0 warnings in \d+ ms$", Assert.Single(Lines(output)));
    }

    [Fact]
    public async Task Warnings_fail_only_with_warnings_as_errors()
    {
        using var content = new TempContent();
        content.WriteArticle("ohne-profil", "Ohne Profil", "2026-01-01", extraFrontMatter: "author: Erika Mustermann\n");

        var (plainExit, plain) = await RunAsync(["validate", "--content", content.ContentPath], TempContent.RepositoryRoot);
        var (strictExit, _) = await RunAsync(["validate", "--content", content.ContentPath, "--warnings-as-errors"], TempContent.RepositoryRoot);

        Assert.Equal(0, plainExit);
        Assert.Equal(1, strictExit);
        // The content folder is not below the working directory: paths are relative to it.
        Assert.StartsWith("articles/ohne-profil.md:4:9: warning NEWS030: ", Lines(plain)[0]);
        Assert.Matches(@"^1 file checked: 0 errors, 1 warning in \d+ ms$", Lines(plain)[1]);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_NEWS002()
    {
        using var content = new TempContent();
        content.WriteArticle("riesig", "Riesig", "2026-01-01", body: new string('x', ContentText.MaxBytes));

        var (exit, output) = await RunAsync(["validate", "--content", content.ContentPath], content.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith("content/articles/riesig.md:1:1: error NEWS002: ", Lines(output)[0]);
    }

    [Theory]
    [InlineData("articles/0001-01-01-mein-neuer-blogpost.md", "---\ntitle: Mein neuer Blogpost\ndraft: true\n---\nText\n", "1:1")]
    [InlineData("articles/0001-01-01-vorlage/index.md", "---\ntitle: Vorlage\n---\nText\n", "1:1")]
    [InlineData("articles/anfang.md", "---\ntitle: Anfang\ndate: 0001-01-01T00:00:00+01:00\n---\nText\n", "3:7")]
    [InlineData("articles/ende.md", "---\ntitle: Ende\nexpires: 9999-12-31T23:00:00-05:00\ndate: 2026-01-01\n---\nText\n", "3:10")]
    public async Task A_date_out_of_range_is_a_located_NEWS012_and_exit_1_not_a_crash(string path, string text, string at)
    {
        using var content = new TempContent();
        content.WriteArticle("gut", "Gut", "2026-01-01");
        content.Write(path, text);

        var (exit, output) = await RunAsync(["validate", "--content", content.ContentPath], content.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith($"content/{path}:{at}: error NEWS012: ", Lines(output)[0]);
        Assert.Matches(@"^2 files checked: 1 error, 0 warnings in \d+ ms$", Lines(output)[1]);
    }

    [Fact]
    public async Task A_file_no_read_can_take_is_a_located_NEWS008_and_the_other_files_are_still_checked()
    {
        using var content = new TempContent();
        content.WriteArticle("ohne-profil", "Ohne Profil", "2026-01-01", extraFrontMatter: "author: Erika Mustermann\n");
        // 3 GB without a byte on disk (sparse): more than any read takes, so reading it throws.
        using (var sparse = File.Create(Path.Combine(content.ContentPath, "articles/riesig.md")))
            sparse.SetLength(3L * 1024 * 1024 * 1024);

        var (exit, output) = await RunAsync(["validate", "--content", content.ContentPath], content.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith("content/articles/ohne-profil.md:4:9: warning NEWS030: ", Lines(output)[0]);
        Assert.StartsWith("content/articles/riesig.md:1:1: error NEWS008: file could not be read (IOException: ", Lines(output)[1]);
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--unbekannt", "x")]
    [InlineData("validate", "--content", "/gibt/es/nicht")]
    [InlineData("validate", "zusatz")]
    public async Task A_wrong_command_line_exits_2_with_usage(params string[] args)
    {
        var error = new StringWriter();

        var exit = await SiteCommands.RunAsync(args, new StringWriter(), error, FixtureRoot, TimeProvider.System);

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.Contains("usage:", error.ToString());
    }

    [Fact]
    public async Task The_site_executable_runs_validate_instead_of_the_web_host_and_returns_its_exit_code()
    {
        var site = Path.Combine(AppContext.BaseDirectory, "Dortmund.News.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = FixtureRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[site, "validate", "--format", "github"])
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("::error file=content/articles/news042-link.md,line=6,col=7::NEWS042: ", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task Started_where_there_is_no_content_folder_validate_checks_the_folder_the_site_serves()
    {
        // `dotnet run --project src/Dortmund.News.Web -- validate` runs in the project folder, which has no content/.
        var elsewhere = Directory.CreateTempSubdirectory("dortmund-news-elsewhere-");
        var site = Path.Combine(AppContext.BaseDirectory, "Dortmund.News.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Content__Path"] = Path.Combine(FixtureRoot, "content");
        foreach (var arg in (string[])[site, "validate", "--format", "github"])
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        elsewhere.Delete(recursive: true);

        Assert.Equal("", error);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("NEWS042", output);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string[] args, string workingDirectory)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SiteCommands.RunAsync(args, output, error, workingDirectory, TimeProvider.System);
        Assert.Equal("", error.ToString());
        return (exit, output.ToString());
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [GeneratedRegex(@"^\d+ files? checked: \d+ errors?, \d+ warnings? in \d+ ms$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@" (?:error|warning) (NEWS\d{3}): ")]
    private static partial Regex ProblemCode();
}
