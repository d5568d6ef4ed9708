using System.Text;
using System.Text.RegularExpressions;
using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;
using Dortmund.News.Import.SourceText;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import.Hugo;

/// <summary>
/// A Hugo site folder: the posts of its chosen sections (<c>content/&lt;section&gt;/</c>), as page bundles
/// (<c>my-post/index.md</c> with its images) or flat files, and the files of <c>static/</c> their bodies use.
/// </summary>
public sealed partial class HugoSite(ImportOptions options) : IImportSource
{
    private static readonly string[] ContentExtensions = [".md", ".markdown", ".mdown", ".html", ".htm"];

    private readonly string _root = Path.GetFullPath(options.Source);
    private readonly HugoConfig _config = HugoConfig.Load(Path.GetFullPath(options.Source));
    private readonly Dictionary<ImportedPost, (object? Resources, bool Bundle)> _extras = [];
    public string? Host => _config.Host;

    private string ContentRoot => Path.Combine(_root, _config.ContentDir);

    public SourceScan Scan()
    {
        var scan = new SourceScan([], [], []);
        var sections = options.Sections.Count > 0 ? options.Sections : ImportOptions.DefaultHugoSections;
        var found = sections.Where(s => Directory.Exists(Path.Combine(ContentRoot, s))).ToList();
        if (found.Count == 0)
            throw new ImportException($"no section {string.Join(", ", sections)} under {Shown(ContentRoot)}/: name the sections with --section NAME");
        foreach (var missing in sections.Except(found).Where(_ => options.Sections.Count > 0))
            scan.Ignored.Add($"{_config.ContentDir}/{missing}/: no such section");
        foreach (var section in found)
            Walk(Path.Combine(ContentRoot, section), section, isSectionRoot: true, scan);
        return scan;
    }

    private void Walk(string folder, string section, bool isSectionRoot, SourceScan scan)
    {
        var index = ContentExtensions.Select(e => Path.Combine(folder, "index" + e)).FirstOrDefault(File.Exists);
        if (index is not null && !isSectionRoot)
        {
            Read(index, section, bundle: true, scan);
            foreach (var translation in Directory.EnumerateFiles(folder).Where(IsTranslation).Order(StringComparer.Ordinal))
                scan.Skipped.Add(new SkippedFile(Shown(translation), 1, TranslationNotImported));
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(file);
            if (name.StartsWith("_index.", StringComparison.Ordinal))
                scan.Ignored.Add($"{Shown(file)}: a section's list page, no post");
            else if (name.StartsWith('.'))
                continue;
            else if (IsTranslation(file))
                scan.Skipped.Add(new SkippedFile(Shown(file), 1, TranslationNotImported));
            else if (ContentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
                Read(file, section, bundle: false, scan);
            else if (extension.Length == 0)
                scan.Skipped.Add(new SkippedFile(Shown(file), 1, "no file extension: Hugo reads no content from it (rename it to .md if it is a post)"));
            else
                scan.Ignored.Add($"{Shown(file)}: no post (a file of the section, not of a page bundle)");
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            Walk(sub, section, isSectionRoot: false, scan);
    }

    private const string TranslationNotImported =
        "a translation (Hugo's <name>.<language>.md): not imported; import the original, then write it beside the article as index.en.md";

    /// <summary>Hugo's translation by file name: <c>index.en.md</c>, <c>post.fr.md</c> (a two-letter language before the extension).</summary>
    private static bool IsTranslation(string file) =>
        ContentExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
        && Path.GetExtension(Path.GetFileNameWithoutExtension(file)) is { Length: 3 } language && language[1..].All(char.IsAsciiLetterLower);

    private void Read(string file, string section, bool bundle, SourceScan scan)
    {
        var shown = Shown(file);
        var (post, fields, skip) = SourceReading.Open(file, shown);
        if (post is null || fields is null)
        {
            scan.Skipped.Add(skip!);
            return;
        }

        var name = bundle ? Path.GetFileName(Path.GetDirectoryName(file)!) : Path.GetFileNameWithoutExtension(file);
        var (nameDate, nameRest, badNameDate) = SourceReading.DatePrefix(name);
        FrontMatterMapping.MapCommon(post, fields, reference => ResolveFile(post, reference));
        var slug = fields.Text("slug");
        var oldUrl = fields.Text("url");
        FrontMatterMapping.MapCategories(post, fields.TextList("categories"), fields.LineOf("categories"));
        foreach (var taxonomy in _config.Taxonomies.Where(t => t is not "tags" and not "categories"))
            post.AddTags(fields.TextList(taxonomy));
        _extras[post] = (fields.Take("resources"), bundle);
        FrontMatterMapping.KeepUnused(post, fields);

        post.Date ??= nameDate;
        if (SourceReading.Refusal(post, badNameDate) is { } reason)
        {
            scan.Skipped.Add(new SkippedFile(shown, 1, reason));
            return;
        }

        post.Slug = SlugText.From(slug ?? nameRest) is { Length: > 0 } s ? s : SlugText.From(post.Title!);
        // The old address: the page's `url`, else the section's permalink pattern, else /section/name/.
        var hugoSlug = slug ?? (_config.DateFromFileName ? nameRest : name);
        post.AddAlias(_config.BasePath + (oldUrl ?? OldPath(section, hugoSlug, post)));
        var relative = Path.GetRelativePath(ContentRoot, file).Replace('\\', '/');
        post.Keys.Add(relative);
        post.Keys.Add(name);
        scan.Posts.Add(post);
    }

    public void RewriteBody(ImportedPost post, PostIndex index)
    {
        Func<string, string?> resolve = reference => ResolveFile(post, reference);
        var body = HugoShortcodes.Rewrite(post, post.Body, index, resolve, options);
        post.Body = BodyImages.Rewrite(post, body, resolve, options);
        var (resources, bundle) = _extras[post];
        if (!bundle)
            return;
        var bundleFiles = Directory.EnumerateFiles(post.Folder!, "*", SearchOption.AllDirectories)
            .Where(SourceFiles.IsImage).Order(StringComparer.Ordinal).ToList();
        // A bundle image nothing shows is still carried over (not shown), so nothing is lost.
        foreach (var file in bundleFiles)
            post.ImageFrom(file);
        ApplyResources(post, resources as List<object?> ?? []);
    }

    /// <summary>Hugo's <c>resources</c>: titles and params (credit, licence) for the bundle files their <c>src</c> glob matches.</summary>
    private static void ApplyResources(ImportedPost post, List<object?> resources)
    {
        var counters = new int[resources.Count];
        foreach (var image in post.Images.Where(i => i.SourceFile.StartsWith(post.Folder!, StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(post.Folder!, image.SourceFile).Replace('\\', '/');
            for (var i = 0; i < resources.Count; i++)
            {
                if (resources[i] is not FieldMap resource || resource.Text("src") is not { } glob || !Glob(glob).IsMatch(relative))
                    continue;
                counters[i]++;
                image.Caption ??= resource.Text("title")?.Replace(":counter", counters[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (resource.Take("params") is FieldMap parameters)
                {
                    image.Credit ??= parameters.Text("credit", "attribution", "copyright", "author");
                    image.License ??= parameters.Text("licence", "license");
                    image.Alt ??= parameters.Text("alt");
                    image.Caption ??= parameters.Text("caption");
                }

                break;
            }
        }
    }

    private static Regex Glob(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            pattern.Append(glob[i] switch
            {
                '*' when i + 1 < glob.Length && glob[i + 1] == '*' => ".*",
                '*' => "[^/]*",
                '?' => "[^/]",
                var c => Regex.Escape(c.ToString()),
            });
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
                i++;
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase);
    }

    private string OldPath(string section, string hugoSlug, ImportedPost post)
    {
        var urlized = Urlize(hugoSlug);
        if (!_config.Permalinks.TryGetValue(section, out var pattern))
            return $"/{section}/{urlized}/";
        var date = post.Date!.Text;
        return PermalinkToken().Replace(pattern, m => m.Value switch
        {
            ":year" => date[..4],
            ":month" => date[5..7],
            ":day" => date[8..10],
            ":slug" or ":title" or ":filename" or ":contentbasename" or ":slugorfilename" or ":slugorcontentbasename" => urlized,
            ":section" or ":sections" => section,
            _ => m.Value,
        });
    }

    // Hugo's urlize: lower case, spaces as hyphens, letters kept (an umlaut stays one, percent-encoded by browsers).
    private static string Urlize(string name) => Regex.Replace(name.Trim().ToLowerInvariant(), @"\s+", "-");

    /// <summary>A reference from a post to a file: beside it (bundle or section folder), else in static/.</summary>
    private string? ResolveFile(ImportedPost post, string reference)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host != _config.Host)
            return null;
        var path = SourceFiles.PathOf(reference);
        if (path.Length == 0)
            return null;
        if (path.StartsWith('/'))
        {
            if (_config.BasePath.Length > 0 && path.StartsWith(_config.BasePath + "/", StringComparison.Ordinal))
                path = path[_config.BasePath.Length..];
            return SourceFiles.FirstImage(_root, _config.StaticDirs.Select(d => Path.Combine(_root, d) + path).ToArray());
        }

        return SourceFiles.FirstImage(_root, [Path.Combine(post.Folder!, path), .. _config.StaticDirs.Select(d => Path.Combine(_root, d, path))]);
    }

    private string Shown(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    [GeneratedRegex(@":[a-z]+")]
    private static partial Regex PermalinkToken();
}
