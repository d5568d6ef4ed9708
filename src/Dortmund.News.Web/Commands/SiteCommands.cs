namespace Dortmund.News.Web.Commands;

/// <summary>
/// The editors' command-line tools, run instead of the web host:
/// <c>validate</c> checks content/, <c>new</c> creates an article bundle, <c>embargo-link</c> signs a link to a scheduled article.
/// </summary>
public static class SiteCommands
{
    /// <summary>Exit code for a wrong command line (as opposed to content with errors, which is 1).</summary>
    public const int UsageError = 2;

    /// <summary>True when the arguments name a command rather than options for the web host.</summary>
    public static bool IsCommand(string[] args) => args is ["validate" or "new" or "embargo-link" or "import", ..];

    /// <summary>
    /// Runs the command named by <c>args[0]</c>; returns the process exit code. <paramref name="site"/>: the site's
    /// configuration, for commands that need it (read as the site would when not given).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string workingDirectory,
        TimeProvider time, CancellationToken cancellationToken = default, CommandSite? site = null)
    {
        try
        {
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(CommandArguments.Parse(args[1..], ValidateCommand.Flags), output, workingDirectory, cancellationToken),
                "new" => NewArticleCommand.Run(CommandArguments.Parse(args[1..], NewArticleCommand.Flags), output, workingDirectory, time),
                "embargo-link" => await EmbargoLinkCommand.RunAsync(CommandArguments.Parse(args[1..], EmbargoLinkCommand.Flags), output, error,
                    workingDirectory, time, site ?? CommandSite.Load(), cancellationToken),
                "import" => ImportCommand.Run(CommandArguments.Parse(args[1..], ImportCommand.Flags), output, workingDirectory),
                _ => throw new CommandLineException($"unknown command '{args[0]}'"),
            };
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            await error.WriteLineAsync(Usage);
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
        if (args.Any(a => a == "--content" || a.StartsWith("--content=", StringComparison.Ordinal)) || Directory.Exists(Path.Combine(workingDirectory, "content")))
            return args;
        var site = CommandSite.Load();
        return site.Configuration["Content:Path"] is { } configured ? [.. args, "--content", Path.GetFullPath(configured, site.ContentRoot)] : args;
    }

    public const string Usage = """
        usage:
          validate [--content DIR] [--format text|github] [--warnings-as-errors]
          new "Titel des Artikels" --author SLUG [--author SLUG …] [--content DIR]
          embargo-link SLUG [--content DIR]
          import hugo|jekyll|wordpress SOURCE [--content DIR] [--section NAME …] [--dry-run]
        """;
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
