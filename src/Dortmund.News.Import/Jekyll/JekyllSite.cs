using System.Text.RegularExpressions;
using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;
using Dortmund.News.Import.SourceText;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import.Jekyll;

/// <summary>
/// A Jekyll site folder: <c>_posts/YYYY-MM-DD-slug.md</c> (also under category folders), <c>_drafts/</c> as drafts,
/// images wherever the site keeps them (usually <c>assets/</c>), old addresses from <c>permalink</c>.
/// </summary>
public sealed partial class JekyllSite : IImportSource
{
    private static readonly string[] ContentExtensions = [".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".html"];

    private readonly ImportOptions _options;
    private readonly string _root;
    private readonly string _permalink;
    private readonly string _baseUrl;

    public JekyllSite(ImportOptions options)
    {
        _options = options;
        _root = Path.GetFullPath(options.Source);
        var configFile = new[] { "_config.yml", "_config.yaml" }.Select(n => Path.Combine(_root, n)).FirstOrDefault(File.Exists);
        if (configFile is null && !Directory.Exists(Path.Combine(_root, "_posts")))
            throw new ImportException($"'{options.Source}' is no Jekyll site: it has neither _config.yml nor _posts/");
        var config = new FieldMap();
        if (configFile is not null)
        {
            try
            {
                config = LooseYaml.Load(File.ReadAllText(configFile), 1);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new ImportException($"_config.yml cannot be read: {e.Message}");
            }
        }

        _permalink = config.Text("permalink") ?? "date";
        _baseUrl = (config.Text("baseurl") ?? "").TrimEnd('/');
        Host = Uri.TryCreate(config.Text("url"), UriKind.Absolute, out var url) ? url.Host : null;
    }

    public string? Host { get; }

    public SourceScan Scan()
    {
        var scan = new SourceScan([], [], []);
        var folders = Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d) is "_posts" or "_drafts")
            .Where(d => !Path.GetRelativePath(_root, d).Split(Path.DirectorySeparatorChar).Any(p => p is "_site" or "node_modules" or "vendor"))
            .Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
            throw new ImportException($"no _posts/ or _drafts/ folder in '{_options.Source}'");
        foreach (var folder in folders)
        {
            var drafts = Path.GetFileName(folder) == "_drafts";
            var categories = Path.GetRelativePath(_root, Path.GetDirectoryName(folder)!).Split(Path.DirectorySeparatorChar).Where(p => p != ".").ToList();
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Read(file, drafts, categories, scan);
        }

        return scan;
    }

    private void Read(string file, bool drafts, List<string> folderCategories, SourceScan scan)
    {
        var shown = Path.GetRelativePath(_root, file).Replace('\\', '/');
        var extension = Path.GetExtension(file);
        if (Path.GetFileName(file).StartsWith('.'))
            return;
        if (extension.Length == 0)
        {
            scan.Skipped.Add(new SkippedFile(shown, 1, "no file extension: Jekyll reads no post from it (rename it to .md if it is one)"));
            return;
        }

        if (!ContentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            scan.Ignored.Add($"{shown}: no post ({extension} file)");
            return;
        }

        var name = Path.GetFileNameWithoutExtension(file);
        var (nameDate, nameRest, badNameDate) = SourceReading.DatePrefix(name);
        if (!drafts && nameDate is null && badNameDate is null)
        {
            scan.Skipped.Add(new SkippedFile(shown, 1, "a post's file name must start with its date (YYYY-MM-DD-title.md); Jekyll ignores this one"));
            return;
        }

        var (post, fields, skip) = SourceReading.Open(file, shown);
        if (post is null || fields is null)
        {
            scan.Skipped.Add(skip!);
            return;
        }

        FrontMatterMapping.MapCommon(post, fields, reference => ResolveFile(post, reference), listSeparator: ' ');
        var categories = fields.TextList("categories", ' ').Concat(fields.TextList("category")).ToList();
        FrontMatterMapping.MapCategories(post, categories.Count > 0 ? categories : folderCategories, fields.LineOf("categories"));
        var slug = fields.Text("slug");
        var permalink = fields.Text("permalink");
        // The front matter's date wins over the file name's, as in Jekyll.
        post.Date ??= nameDate;
        if (drafts)
        {
            post.Draft = true;
            if (post.Date is null)
            {
                post.Date = SourceDate.From(new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero));
                post.Warn(1, "a draft without 'date:': the file's modification time is its date, as Jekyll shows it");
            }
        }
        else if (fields.Flag("published") is false)
        {
            post.Draft = true;
        }

        FrontMatterMapping.KeepUnused(post, fields);
        if (SourceReading.Refusal(post, badNameDate) is { } reason)
        {
            scan.Skipped.Add(new SkippedFile(shown, 1, reason));
            return;
        }

        var titlePart = Slugify(slug ?? nameRest);
        post.Slug = SlugText.From(slug ?? nameRest) is { Length: > 0 } s ? s : SlugText.From(post.Title!);
        if (!drafts)
            post.AddAlias(_baseUrl + (permalink ?? OldPath(post, categories.Count > 0 ? categories : folderCategories, titlePart)));
        else if (permalink is not null)
            post.AddAlias(_baseUrl + permalink);
        post.Keys.Add(name);
        post.Keys.Add(shown);
        scan.Posts.Add(post);
    }

    public void RewriteBody(ImportedPost post, PostIndex index)
    {
        var body = LiquidTags.Rewrite(post, post.Body, index, _options);
        post.Body = BodyImages.Rewrite(post, body, reference => ResolveFile(post, reference), _options);
    }

    /// <summary>The address Jekyll gave the post: its <c>permalink</c> style or pattern from _config.yml.</summary>
    private string OldPath(ImportedPost post, List<string> categories, string title)
    {
        var pattern = _permalink switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            var custom => custom,
        };
        var date = post.Date!.Text;
        var day = DateTime.ParseExact(date[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var path = Token().Replace(pattern, m => m.Value switch
        {
            ":year" => date[..4],
            ":short_year" => date[2..4],
            ":month" => date[5..7],
            ":i_month" => day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ":day" => date[8..10],
            ":i_day" => day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ":y_day" => day.DayOfYear.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
            ":title" or ":slug" => title,
            ":categories" => string.Join('/', categories.Select(c => Slugify(c))),
            ":output_ext" => ".html",
            _ => m.Value,
        });
        return Regex.Replace(path, "/{2,}", "/");
    }

    // Jekyll's slugify ("default" mode): letters and digits of any script kept, the rest a hyphen, lower case.
    private static string Slugify(string text) => Regex.Replace(text, @"[^\p{L}\p{N}]+", "-").Trim('-').ToLowerInvariant();

    /// <summary>An image path of the site (<c>/assets/…</c>, with or without the baseurl), or beside the post.</summary>
    private string? ResolveFile(ImportedPost post, string reference)
    {
        if (reference.Contains("://", StringComparison.Ordinal))
            return null;
        var path = SourceFiles.PathOf(reference);
        if (path.Length == 0)
            return null;
        if (_baseUrl.Length > 0 && path.StartsWith(_baseUrl + "/", StringComparison.Ordinal))
            path = path[_baseUrl.Length..];
        return path.StartsWith('/')
            ? SourceFiles.FirstImage(_root, _root + path)
            : SourceFiles.FirstImage(_root, Path.Combine(post.Folder!, path), Path.Combine(_root, path));
    }

    [GeneratedRegex(@":[a-z_]+")]
    private static partial Regex Token();
}
