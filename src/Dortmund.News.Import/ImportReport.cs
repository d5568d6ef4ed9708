using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import;

/// <summary>An imported article: where from, where to, what the editors should look at, and the old keys kept as comments.</summary>
public sealed record ImportedArticle(string Source, string Target, IReadOnlyList<string> Warnings, IReadOnlyList<string> KeptKeys);

/// <summary>What an import did (or, with --dry-run, would do).</summary>
public sealed class ImportReport
{
    public List<ImportedArticle> Imported { get; } = [];
    public List<SkippedFile> Skipped { get; } = [];
    public List<string> Ignored { get; } = [];
    public List<string> AuthorsCreated { get; } = [];
    public int ImagesCopied { get; set; }
    public int LinksRewritten { get; set; }
    public bool DryRun { get; init; }

    public int WithWarnings => Imported.Count(i => i.Warnings.Count > 0);

    /// <summary>0 when everything found was imported, 1 when something was skipped.</summary>
    public int ExitCode => Skipped.Count > 0 ? 1 : 0;

    public void WriteTo(TextWriter output)
    {
        var would = DryRun ? "would import" : "imported";
        foreach (var article in Imported)
        {
            output.WriteLine($"{would}: {article.Source} -> {article.Target}");
            foreach (var warning in article.Warnings)
                output.WriteLine($"  warning: {warning}");
            if (article.KeptKeys.Count > 0)
                output.WriteLine($"  kept as '# import:' comments (no such key here): {string.Join(", ", article.KeptKeys)}");
        }

        foreach (var author in AuthorsCreated)
            output.WriteLine($"{(DryRun ? "would create" : "created")} author: {author}");
        foreach (var ignored in Ignored)
            output.WriteLine($"not a post: {ignored}");
        foreach (var skipped in Skipped)
            output.WriteLine($"skipped: {skipped}");
        output.WriteLine(
            $"{(DryRun ? "Dry run, nothing written: " : "")}{Imported.Count} {would.Split(' ')[^1]} ({WithWarnings} with warnings), {Skipped.Count} skipped, " +
            $"{ImagesCopied} images {(DryRun ? "to copy" : "copied")}, {LinksRewritten} links rewritten, {AuthorsCreated.Count} authors {(DryRun ? "to create" : "created")}");
    }
}
