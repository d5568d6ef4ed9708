using System.Text;
using Dortmund.News.Content.Schema;

namespace Dortmund.News.Web.Commands;

/// <summary>
/// <c>schema [--out DIR]</c>: writes the JSON Schemas of the front matter (article, author, contact, boilerplate) that
/// editors' tools check files against, generated from the keys the site reads; by default into <c>content/.schema/</c>,
/// where the repository keeps them (a test fails when they differ from what this writes).
/// </summary>
public static class SchemaCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal);

    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, string workingDirectory, CancellationToken cancellationToken)
    {
        arguments.OnlyOptions("out", "content");
        if (arguments.Positional.Count > 0)
            throw new CommandLineException($"unexpected argument '{arguments.Positional[0]}'");
        var folder = arguments.Single("out") is { } given
            ? Path.GetFullPath(given, workingDirectory)
            : Path.Combine(arguments.ContentFolder(workingDirectory), ContentSchemas.Folder);
        Directory.CreateDirectory(folder);

        foreach (var schema in ContentSchemas.All)
        {
            var file = Path.Combine(folder, schema.FileName);
            var text = FrontMatterSchema.Text(schema);
            var shown = Path.GetRelativePath(workingDirectory, file).Replace('\\', '/');
            if (File.Exists(file) && await File.ReadAllTextAsync(file, cancellationToken) == text)
            {
                await output.WriteLineAsync($"unchanged {shown}");
                continue;
            }

            await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), cancellationToken);
            await output.WriteLineAsync($"wrote {shown}");
        }

        return 0;
    }
}
