using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import.Posts;

/// <summary>
/// One post on its way into the site's format: filled in by a source reader from the front matter, then its body
/// is rewritten (images, links, shortcodes) once every post's slug is known, then it is written.
/// </summary>
public sealed class ImportedPost(string source, string? folder)
{
    /// <summary>The source file as the report shows it (relative to the source root), or the export item.</summary>
    public string Source { get; } = source;

    /// <summary>The folder the source file lies in (a page bundle's resources are there); null for an export.</summary>
    public string? Folder { get; } = folder;

    public string? Title { get; set; }
    public SourceDate? Date { get; set; }
    public string? Lastmod { get; set; }
    public string? Expires { get; set; }
    public string Slug { get; set; } = "";
    public bool Draft { get; set; }
    public string? Summary { get; set; }
    public List<string> Authors { get; } = [];
    public string? Category { get; set; }
    public List<string> Tags { get; } = [];
    public List<string> Aliases { get; } = [];
    public ImportedImage? Lead { get; set; }
    public List<ImportedImage> Images { get; } = [];
    public string Body { get; set; } = "";

    /// <summary>Where the post starts in its source: line 1 of a file, an export item's line.</summary>
    public int Line { get; set; } = 1;

    /// <summary>The line of the body's first line in the source file, for locating warnings in it.</summary>
    public int BodyLine { get; set; } = 1;

    /// <summary>Front-matter keys nothing maps, each as one YAML line, written as <c># import:</c> comments.</summary>
    public List<string> Kept { get; } = [];

    /// <summary>The names of the kept keys, for the report.</summary>
    public List<string> KeptKeys { get; } = [];

    public List<string> Warnings { get; } = [];
    public int LinksRewritten { get; set; }

    /// <summary>Names other posts may use for this one (ref/relref targets, post_url names), besides its slug.</summary>
    public List<string> Keys { get; } = [];

    public string Year => Date?.Year ?? "0000";

    /// <summary>The article's path inside content/: articles/&lt;yyyy&gt;/&lt;slug&gt;/index.md.</summary>
    public string TargetFolder => $"articles/{Year}/{Slug}";

    public void Warn(int line, string message) => Warnings.Add($"{Source}:{line}: {message}");

    /// <summary>The image copied from <paramref name="sourceFile"/>, added under a file name unique in this article.</summary>
    public ImportedImage ImageFrom(string sourceFile)
    {
        var full = Path.GetFullPath(sourceFile);
        if (Images.FirstOrDefault(i => i.SourceFile == full) is { } known)
            return known;
        // Names that need no escaping anywhere (YAML, Markdown, URLs): the slug of the name, its extension in lower case.
        var stem = SlugText.From(Path.GetFileNameWithoutExtension(full)) is { Length: > 0 } s ? s : "bild";
        var extension = Path.GetExtension(full).ToLowerInvariant();
        var name = stem + extension;
        for (var n = 2; Images.Any(i => i.FileName == name); n++)
            name = $"{stem}-{n}{extension}";
        var image = new ImportedImage(full, name);
        Images.Add(image);
        return image;
    }

    /// <summary>Adds tags without repeating one (as the site compares them: by slug).</summary>
    public void AddTags(IEnumerable<string> tags)
    {
        foreach (var tag in tags.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (!Tags.Any(t => SlugText.From(t) == SlugText.From(tag)))
                Tags.Add(tag);
        }
    }

    public void AddAlias(string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
            return;
        var path = alias.Trim();
        if (!path.StartsWith('/'))
            path = "/" + path;
        if (!Aliases.Contains(path, StringComparer.Ordinal))
            Aliases.Add(path);
    }
}
