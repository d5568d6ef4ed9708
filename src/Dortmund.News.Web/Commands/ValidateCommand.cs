using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Web.Commands;

/// <summary>
/// <c>validate</c>: every problem of every content file, sorted by path and line, in the compiler
/// format editors' tools understand (or as GitHub Actions annotations), then a summary line.
/// Exit code 1 when there is an error (or a warning, with <c>--warnings-as-errors</c>).
/// </summary>
public static class ValidateCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "warnings-as-errors" };

    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, string workingDirectory, CancellationToken cancellationToken)
    {
        arguments.OnlyOptions("content", "format");
        if (arguments.Positional.Count > 0)
            throw new CommandLineException($"unexpected argument '{arguments.Positional[0]}'");
        var github = arguments.Single("format") switch
        {
            null or "text" => false,
            "github" => true,
            var other => throw new CommandLineException($"unknown format '{other}': use text or github"),
        };
        var contentFolder = arguments.ContentFolder(workingDirectory);

        var report = await ContentValidator.ValidateAsync(contentFolder, SiteRoutes.ArticlePrefix, cancellationToken);
        var prefix = DisplayPrefix(contentFolder, workingDirectory);
        foreach (var problem in report.Problems)
        {
            var shown = problem with { Path = prefix + problem.Path };
            await output.WriteLineAsync(github ? Annotation(shown) : shown.ToString());
        }

        await output.WriteLineAsync(
            $"{report.FilesChecked} {(report.FilesChecked == 1 ? "file" : "files")} checked: " +
            $"{report.Errors} {(report.Errors == 1 ? "error" : "errors")}, " +
            $"{report.Warnings} {(report.Warnings == 1 ? "warning" : "warnings")} in {report.Milliseconds} ms");

        var failed = report.Errors > 0 || (arguments.Switches.Contains("warnings-as-errors") && report.Warnings > 0);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Paths are shown relative to the working directory when content/ is below it (so editors'
    /// tools can open them), else relative to the content folder.
    /// </summary>
    internal static string DisplayPrefix(string contentFolder, string workingDirectory)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(workingDirectory), contentFolder);
        if (relative == ".")
            return "";
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? ""
            : relative.Replace('\\', '/') + "/";
    }

    /// <summary>A GitHub Actions workflow command, escaped as the runner expects.</summary>
    internal static string Annotation(ContentProblem problem)
    {
        var kind = problem.Severity == Severity.Error ? "error" : "warning";
        return $"::{kind} file={Property(problem.Path)},line={problem.Line},col={problem.Column}::{Data($"{problem.Code}: {problem.Message}")}";
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
