using System.Collections.Concurrent;
using System.Diagnostics;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>What a validation run found.</summary>
/// <param name="FilesChecked">Markdown files and images read.</param>
/// <param name="Problems">Every problem, sorted by path, line and column.</param>
/// <param name="Milliseconds">How long the run took.</param>
public sealed record ValidationReport(int FilesChecked, IReadOnlyList<ContentProblem> Problems, long Milliseconds)
{
    public int Errors => Problems.Count(p => p.Severity == Severity.Error);
    public int Warnings => Problems.Count(p => p.Severity == Severity.Warning);
}

/// <summary>
/// Checks a whole content tree without a catalogue: every file is read and every rule the site
/// applies is checked, so an editor sees every problem of every file in one run.
/// </summary>
public static class ContentValidator
{
    public static async Task<ValidationReport> ValidateAsync(string contentRoot, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var scanned = ContentScanner.Scan(contentRoot);

        var images = new ConcurrentDictionary<string, (int Width, int Height)?>(StringComparer.Ordinal);
        var parsed = new ConcurrentBag<ParsedFile>();
        await Parallel.ForEachAsync(scanned.Values, cancellationToken, async (file, token) =>
        {
            var bytes = await File.ReadAllBytesAsync(file.FullPath, token);
            if (file.Kind == FileKind.Image)
                images[file.Path] = ImageProbe.SizeOf(bytes);
            else
                parsed.Add(ParsedFile.Read(file, hash: "", bytes));
        });

        var authorSlugs = ParsedFile.AuthorSlugsOf(scanned.Values);
        var imageSizes = new Dictionary<string, (int Width, int Height)?>(images, StringComparer.Ordinal);
        foreach (var file in parsed)
            file.CheckReferences(imageSizes, authorSlugs);
        TreeRules.Apply(parsed, new UrlClaims());

        var problems = parsed.SelectMany(p => p.Problems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(scanned.Count, problems, stopwatch.ElapsedMilliseconds);
    }
}
