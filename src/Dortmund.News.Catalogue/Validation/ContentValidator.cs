using System.Collections.Concurrent;
using System.Diagnostics;
using Dortmund.News.Catalogue.Images;
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
    /// <summary>
    /// Checks the tree at <paramref name="contentRoot"/>; links to articles are those under
    /// <paramref name="articlePathPrefix"/> (<see cref="CatalogueSettings.ArticlePathPrefix"/>), as in the sync.
    /// </summary>
    public static async Task<ValidationReport> ValidateAsync(string contentRoot, string articlePathPrefix, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var scanned = ContentScanner.Scan(contentRoot);

        // Images first, as the sync does, so each Markdown file is read and checked on the sync's own path.
        var images = new ConcurrentDictionary<string, ImageSize?>(StringComparer.Ordinal);
        Parallel.ForEach(scanned.Values.Where(f => f.Kind == FileKind.Image), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => images[file.Path] = SizeOf(file));

        var targets = ReferenceTargets.Of(new ImageSizes(images), scanned.Values);
        var parsed = new ConcurrentBag<ParsedFile>();
        await Parallel.ForEachAsync(scanned.Values.Where(f => f.IsMarkdown), cancellationToken, async (file, token) =>
            parsed.Add(await ParsedFile.ReadAsync(file, targets, prepare: null, token)));
        TreeRules.Apply(parsed, new UrlOwnership(new ArticleUrls(articlePathPrefix)));

        var problems = parsed.SelectMany(p => p.Problems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(scanned.Count, problems, stopwatch.ElapsedMilliseconds);
    }

    // An image that cannot be read counts as not an image (NEWS025 for the articles using it), as in the sync.
    private static ImageSize? SizeOf(ScannedFile file)
    {
        try
        {
            return ImageSize.From(ImageProbe.SizeOfFile(file.FullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
