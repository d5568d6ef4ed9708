using Dortmund.News.Import;

namespace Dortmund.News.Web.Commands;

/// <summary>
/// <c>import hugo|jekyll|wordpress SOURCE</c>: writes an old site's posts as article bundles, their authors and old
/// addresses into the content folder (never over an existing file) and prints what it did (docs/import.md).
/// Exit code 0 when every post was imported, 1 when some were skipped.
/// </summary>
public static class ImportCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "dry-run" };

    public static int Run(CommandArguments arguments, TextWriter output, string workingDirectory)
    {
        arguments.OnlyOptions("content", "section");
        if (arguments.Positional is not [var kind, var source])
            throw new CommandLineException("name the kind of site and where it is: import hugo|jekyll|wordpress PATH");
        var sourceKind = kind switch
        {
            "hugo" => SourceKind.Hugo,
            "jekyll" => SourceKind.Jekyll,
            "wordpress" => SourceKind.WordPress,
            _ => throw new CommandLineException($"unknown kind of site '{kind}': use hugo, jekyll or wordpress"),
        };
        var sourcePath = Path.GetFullPath(source, workingDirectory);
        if (!Directory.Exists(sourcePath) && !File.Exists(sourcePath))
            throw new CommandLineException($"'{sourcePath}' not found (dotnet run starts in the project folder: give an absolute path, e.g. \"$PWD/alte-seite\")");
        if (arguments.Options["section"].Any() && sourceKind != SourceKind.Hugo)
            throw new CommandLineException("--section is for Hugo sites only");

        var options = new ImportOptions(sourceKind, sourcePath, arguments.ContentFolder(workingDirectory),
            arguments.Options["section"].ToList(), arguments.Switches.Contains("dry-run"), SiteRoutes.ArticlePrefix, SiteRoutes.OriginalImages + "/");
        ImportReport report;
        try
        {
            report = Importer.Run(options);
        }
        catch (ImportException e)
        {
            throw new CommandLineException(e.Message);
        }

        report.WriteTo(output);
        return report.ExitCode;
    }
}
