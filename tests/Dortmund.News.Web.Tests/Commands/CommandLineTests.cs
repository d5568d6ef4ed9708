using Dortmund.News.Content.Schema;
using Dortmund.News.Testing;
using Dortmund.News.Web.Commands;

namespace Dortmund.News.Web.Tests.Commands;

/// <summary>
/// The program's command line: the web host's own arguments start the site as before; a command runs; help lists the
/// commands; anything else prints the usage and exits with 2 instead of starting a server on port 5000.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5005")]
    [InlineData("--urls=http://127.0.0.1:5005")]
    [InlineData("--environment", "Production")]
    [InlineData("--ENVIRONMENT=Development")]
    [InlineData("--contentRoot", "/srv/dortmund-news")]
    [InlineData("--Site:BaseUrl=https://dortmund.news")]
    [InlineData("--Content:Path", "/srv/content", "--urls", "http://127.0.0.1:5005")]
    [InlineData("Site:BaseUrl=https://dortmund.news")]
    [InlineData("--AllowedHosts", "dortmund.news")]
    [InlineData("--Serilog=")]
    [InlineData("--Anything=value")]
    public void The_web_hosts_own_arguments_start_the_site(params string[] args)
    {
        Assert.False(SiteCommands.IsCommand(args));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("bogus")]
    [InlineData("import", "hugo", "/tmp/blog")]
    [InlineData("--bogus")]
    [InlineData("--urls", "http://127.0.0.1:5005", "--bogus")]
    [InlineData("--urls", "http://127.0.0.1:5005", "validate")]
    [InlineData("-e", "Production")]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("--urls")]
    [InlineData("--bogus", "value")]
    [InlineData("--=x")]
    [InlineData("--:x=1")]
    public void Anything_else_is_not_for_the_web_host(params string[] args)
    {
        Assert.True(SiteCommands.IsCommand(args));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_command_with_one_line_each_and_exits_0(string help)
    {
        var (exit, output, error) = await RunAsync(help);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        foreach (var command in SiteCommands.All)
        {
            Assert.Contains("  " + command.Usage + "\n", output);
            Assert.Contains("      " + command.Summary + "\n", output);
        }
    }

    /// <summary>Names that are no command: a made-up one, a near miss, options the site does not take.</summary>
    public static TheoryData<string> Unknown => new("bogus", "embargo-links", "--bogus", "-x");

    [Theory]
    [MemberData(nameof(Unknown))]
    public async Task An_unknown_command_or_option_prints_the_usage_and_exits_2(string name)
    {
        var (exit, output, error) = await RunAsync(name, "hugo", "/tmp/blog");

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.Empty(output);
        Assert.StartsWith(name.StartsWith('-') ? $"unknown option '{name}'" : $"unknown command '{name}'", error);
        Assert.Contains(SiteCommands.Usage, error);
    }

    [Fact]
    public async Task Each_command_prints_its_own_usage_with_help_and_exits_0()
    {
        foreach (var command in SiteCommands.All)
        {
            var (exit, output, _) = await RunAsync(command.Name, "--help");

            Assert.Equal(0, exit);
            Assert.Equal($"usage: {command.Usage}\n  {command.Summary}\n", output.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task An_unknown_option_of_a_command_prints_that_commands_usage_and_exits_2()
    {
        var (exit, _, error) = await RunAsync("validate", "--bogus", "1");

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.Equal("validate: unknown option '--bogus'\nusage: " + SiteCommands.All[0].Usage + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Schema_writes_every_schema_file_and_leaves_unchanged_ones_alone()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "schemas");

        var (exit, output, _) = await RunInAsync(content.Root, "schema", "--out", folder);
        var (again, second, _) = await RunInAsync(content.Root, "schema", "--out", folder);

        Assert.Equal(0, exit);
        Assert.Equal(ContentSchemas.All.Select(s => $"wrote schemas/{s.FileName}"), Lines(output));
        Assert.All(ContentSchemas.All, s => Assert.Equal(FrontMatterSchema.Text(s), File.ReadAllText(Path.Combine(folder, s.FileName))));
        Assert.Equal(0, again);
        Assert.Equal(ContentSchemas.All.Select(s => $"unchanged schemas/{s.FileName}"), Lines(second));
    }

    [Fact]
    public async Task Schema_writes_into_the_content_folders_schema_folder_by_default()
    {
        using var content = new TempContent();

        var (exit, _, _) = await RunInAsync(content.Root, "schema", "--content", content.ContentPath);

        Assert.Equal(0, exit);
        Assert.Equal(ContentSchemas.All.Select(s => s.FileName).Order(),
            Directory.GetFiles(Path.Combine(content.ContentPath, ContentSchemas.Folder)).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("imports", "hugo", "/tmp/blog")]
    [InlineData("--bogus")]
    public async Task The_real_program_refuses_an_unknown_command_line_instead_of_starting_a_server(params string[] args)
    {
        var (exit, output, error) = await SiteProcess.RunAsync(args, TempContent.RepositoryRoot, TimeSpan.FromSeconds(60));

        Assert.Equal(SiteCommands.UsageError, exit);
        Assert.DoesNotContain("Now listening", output);
        Assert.Contains("usage: dotnet run --project src/Dortmund.News.Web -- <command>", error);
    }

    [Fact]
    public async Task The_real_program_lists_the_commands_with_help()
    {
        var (exit, output, _) = await SiteProcess.RunAsync(["--help"], TempContent.RepositoryRoot, TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        Assert.All(SiteCommands.All, c => Assert.Contains(c.Usage, output));
    }

    [Fact]
    public async Task The_real_program_still_starts_the_site_with_the_hosts_options_and_configuration_overrides()
    {
        using var content = new TempContent();
        content.WriteArticle("erster", "Erster Artikel", "2026-01-01");
        using var site = SiteProcess.Start(content, arguments: ["--environment", "Production", "--Site:Name=Testseite"]);
        await site.WaitForLogAsync("Now listening on", TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        var page = await client.GetStringAsync("/artikel/erster");

        Assert.Contains("<meta property=\"og:site_name\" content=\"Testseite\">", page);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunInAsync(TempContent.RepositoryRoot, args);

    private static async Task<(int Exit, string Output, string Error)> RunInAsync(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await SiteCommands.RunAsync(args, output, error, workingDirectory, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
