using System.Collections.Concurrent;
using System.Diagnostics;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Slugs;
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
        var (files, parsed) = await CheckAsync(contentRoot, articlePathPrefix, cancellationToken);
        var problems = parsed.SelectMany(p => p.Problems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(files, problems, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>
    /// The article whose slug is <paramref name="slug"/> as the site would publish it after checking the whole tree, or
    /// null with the problems of the files that have this slug (none when no file has it, or only files with errors that
    /// leave no slug to match).
    /// </summary>
    public static async Task<(Article? Article, IReadOnlyList<ContentProblem> Problems)> FindArticleAsync(string contentRoot, string articlePathPrefix,
        string slug, CancellationToken cancellationToken = default)
    {
        var named = new List<ParsedFile>();
        // A file with errors has no article to ask for its slug: its file or folder name stands in.
        await CheckAsync(contentRoot, articlePathPrefix, cancellationToken, parsed => named.AddRange(parsed.Where(p =>
            p.Article?.Slug == slug || p is { Article: null, IsArticleFile: true } && NameSlug(p.Path) == slug)));
        var article = named.Select(p => p.Article).OfType<Article>().FirstOrDefault();
        return (article, named.SelectMany(p => p.Problems).ToList());
    }

    private static string NameSlug(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) && path.Split('/') is [.., var folder, _])
            name = folder;
        return Slug.From(name.Length > 11 && DateTime.TryParseExact(name[..10], "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.None, out _) && name[10] == '-'
            ? name[11..] : name);
    }

    /// <summary>Reads and checks every file; <paramref name="beforeTreeRules"/> sees each article as read, before the rules across files.</summary>
    private static async Task<(int Files, ConcurrentBag<ParsedFile> Parsed)> CheckAsync(string contentRoot, string articlePathPrefix,
        CancellationToken cancellationToken, Action<IEnumerable<ParsedFile>>? beforeTreeRules = null)
    {
        var scanned = ContentScanner.Scan(contentRoot);

        // Images first, as the sync does, so each Markdown file is read and checked on the sync's own path.
        var images = new ConcurrentDictionary<string, ImageSize?>(StringComparer.Ordinal);
        Parallel.ForEach(scanned.Values.Where(f => f.Kind == FileKind.Image), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => images[file.Path] = SizeOf(file));

        var targets = ReferenceTargets.Of(new ImageSizes(images), scanned.Values);
        var parsed = new ConcurrentBag<ParsedFile>();
        await Parallel.ForEachAsync(scanned.Values.Where(f => f.IsMarkdown), cancellationToken, async (file, token) =>
            parsed.Add(await ParsedFile.ReadAsync(file, targets, prepare: null, token)));
        beforeTreeRules?.Invoke(parsed);
        TreeRules.ApplyToTranslations(TreeRules.Apply(parsed, new UrlOwnership(new ArticleUrls(articlePathPrefix))));
        TreeRules.ApplyToContacts(parsed);
        return (scanned.Count, parsed);
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
