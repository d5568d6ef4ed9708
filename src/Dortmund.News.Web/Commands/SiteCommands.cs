namespace Dortmund.News.Web.Commands;

/// <summary>
/// The editors' command-line tools, run instead of the web host. <see cref="All"/> is the table of commands: a new
/// command is one entry there (name, usage line, what it does, how it runs); help, usage errors and the choice
/// between a command and the web host follow from the table.
/// </summary>
public static class SiteCommands
{
    /// <summary>Exit code for a wrong command line (as opposed to content with errors, which is 1).</summary>
    public const int UsageError = 2;

    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<SiteCommand> All { get; } =
    [
        new("validate", "validate [--content DIR] [--format text|github] [--warnings-as-errors]",
            "check every file under content/: each problem with file:line:col, then a summary",
            c => ValidateCommand.RunAsync(c.Parse(ValidateCommand.Flags), c.Output, c.WorkingDirectory, c.CancellationToken)),
        new("new", "new \"Titel des Artikels\" --author SLUG [--author SLUG …] [--content DIR]",
            "create content/articles/<yyyy>/<slug>/index.md as a draft with its front matter filled in",
            c => Task.FromResult(NewArticleCommand.Run(c.Parse(NewArticleCommand.Flags), c.Output, c.WorkingDirectory, c.Time))),
        new("embargo-link", "embargo-link SLUG [--content DIR]",
            "print a signed link that shows a scheduled article before its date (Sperrfrist)",
            c => EmbargoLinkCommand.RunAsync(c.Parse(EmbargoLinkCommand.Flags), c.Output, c.Error, c.WorkingDirectory, c.Time,
                c.Site ?? CommandSite.Load(), c.CancellationToken)),
        new("schema", "schema [--out DIR] [--content DIR]",
            "write the JSON Schemas of the front matter for editors (default: content/.schema/)",
            c => SchemaCommand.RunAsync(c.Parse(SchemaCommand.Flags), c.Output, c.WorkingDirectory, c.CancellationToken)),
        new("import", "import hugo|jekyll|wordpress SOURCE [--content DIR] [--section NAME …] [--dry-run]",
            "write an old Hugo or Jekyll site or a WordPress export as article bundles, never overwriting (docs/import.md)",
            c => Task.FromResult(ImportCommand.Run(c.Parse(ImportCommand.Flags), c.Output, c.WorkingDirectory))),
    ];

    private static readonly string[] HelpWords = ["--help", "-h", "help"];

    /// <summary>
    /// True when the arguments are not the web host's: a command, a request for help, or a command line neither
    /// understands (which <see cref="RunAsync(string[], TextWriter, TextWriter, string, TimeProvider, CancellationToken, CommandSite?)"/>
    /// answers with the usage and exit code 2, instead of starting the server).
    /// </summary>
    public static bool IsCommand(string[] args) => !HostArguments.Accepts(args);

    /// <summary>
    /// Runs the command named by <c>args[0]</c> (or prints help); returns the process exit code. <paramref name="site"/>: the
    /// site's configuration, for commands that need it (read as the site would when not given).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string workingDirectory,
        TimeProvider time, CancellationToken cancellationToken = default, CommandSite? site = null)
    {
        if (args is [] || HelpWords.Contains(args[0]))
        {
            await output.WriteAsync(Usage);
            return 0;
        }

        if (All.FirstOrDefault(c => c.Name == args[0]) is not { } command)
        {
            await error.WriteLineAsync(args[0].StartsWith('-')
                ? $"unknown option '{args[0]}' (the site takes --urls, --environment, --contentRoot and --Section:Key=value)"
                : $"unknown command '{args[0]}'");
            await error.WriteAsync(Usage);
            return UsageError;
        }

        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync("usage: " + command.Usage);
            await output.WriteLineAsync("  " + command.Summary);
            return 0;
        }

        try
        {
            return await command.Run(new CommandContext(args[1..], output, error, workingDirectory, time, site, cancellationToken));
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            await error.WriteLineAsync("usage: " + command.Usage);
            return UsageError;
        }
    }

    /// <summary>Runs a command for the real process: console, current directory, system clock, Ctrl+C.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var workingDirectory = Directory.GetCurrentDirectory();
        return await RunAsync(WithSiteContentFolder(args, workingDirectory), Console.Out, Console.Error, workingDirectory, TimeProvider.System, cancel.Token);
    }

    /// <summary>
    /// `dotnet run --project src/Dortmund.News.Web -- validate` starts the program in the project folder (its
    /// RunWorkingDirectory), not where the editor typed it: without <c>--content</c> and without a <c>content</c>
    /// folder there, a command takes the folder the site itself serves (<c>Content:Path</c>, as the site resolves it).
    /// </summary>
    private static string[] WithSiteContentFolder(string[] args, string workingDirectory)
    {
        if (args is [] || All.All(c => c.Name != args[0]) || args.Any(a => a is "--help" or "-h")
            || args.Any(a => a == "--content" || a.StartsWith("--content=", StringComparison.Ordinal))
            || Directory.Exists(Path.Combine(workingDirectory, "content")))
            return args;
        var site = CommandSite.Load();
        return site.Configuration["Content:Path"] is { } configured ? [.. args, "--content", Path.GetFullPath(configured, site.ContentRoot)] : args;
    }

    /// <summary>What <c>--help</c> prints: every command with its usage line and what it does.</summary>
    public static string Usage =>
        "usage: dotnet run --project src/Dortmund.News.Web -- <command> [options]   (without a command: start the site)\n"
        + "commands:\n"
        + string.Concat(All.Select(c => $"  {c.Usage}\n      {c.Summary}\n"))
        + "  help, --help, -h\n      this list; '<command> --help' shows one command\n"
        + "the site itself takes --urls URL, --environment NAME, --contentRoot DIR and configuration as --Section:Key=value\n";
}

/// <summary>
/// One editors' command: <paramref name="Name"/> as typed, its <paramref name="Usage"/> line, a one-line
/// <paramref name="Summary"/> for <c>--help</c>, and how it runs (returns the exit code; throws
/// <see cref="CommandLineException"/> for a wrong command line, which prints the usage and exits with 2).
/// </summary>
public sealed record SiteCommand(string Name, string Usage, string Summary, Func<CommandContext, Task<int>> Run);

/// <summary>What a command runs with: its arguments (after its name) and the process's surroundings.</summary>
public sealed record CommandContext(string[] Arguments, TextWriter Output, TextWriter Error, string WorkingDirectory, TimeProvider Time,
    CommandSite? Site, CancellationToken CancellationToken)
{
    /// <summary>The arguments as options and positional arguments; <paramref name="switches"/> are the options without a value.</summary>
    public CommandArguments Parse(IReadOnlySet<string> switches) => CommandArguments.Parse(Arguments, switches);
}

/// <summary>A command line that cannot be run as written.</summary>
public sealed class CommandLineException(string message) : Exception(message);

/// <summary>Positional arguments and <c>--name value</c> options (repeatable), plus <c>--flag</c> switches.</summary>
public sealed record CommandArguments(IReadOnlyList<string> Positional, ILookup<string, string> Options, IReadOnlySet<string> Switches)
{
    public static CommandArguments Parse(string[] args, IReadOnlySet<string> switches)
    {
        var positional = new List<string>();
        var options = new List<(string, string)>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                positional.Add(arg);
            else if (switches.Contains(arg[2..]))
                set.Add(arg[2..]);
            else if (arg.IndexOf('=') is var eq and > 2)
                options.Add((arg[2..eq], arg[(eq + 1)..]));
            else if (i + 1 < args.Length)
                options.Add((arg[2..], args[++i]));
            else
                throw new CommandLineException($"option '{arg}' needs a value");
        }

        return new CommandArguments(positional, options.ToLookup(o => o.Item1, o => o.Item2, StringComparer.Ordinal), set);
    }

    /// <summary>The single value of an option, or null; refuses options the command does not know.</summary>
    public string? Single(string name) => Options[name].LastOrDefault();

    /// <summary>Throws for options other than <paramref name="known"/>.</summary>
    public void OnlyOptions(params string[] known)
    {
        if (Options.Select(o => o.Key).FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw new CommandLineException($"unknown option '--{unknown}'");
    }

    /// <summary>The content folder: <c>--content DIR</c>, else <c>content</c> in the working directory.</summary>
    public string ContentFolder(string workingDirectory)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Single("content") ?? "content", workingDirectory));
        return Directory.Exists(folder)
            ? folder
            : throw new CommandLineException($"content folder '{folder}' not found: run this in the repository root or pass --content DIR");
    }
}
