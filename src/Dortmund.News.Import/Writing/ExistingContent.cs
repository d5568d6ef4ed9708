using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Slugs;

namespace Dortmund.News.Import.Writing;

/// <summary>The addresses the content folder's articles already have (slugs and aliases), which an import must not take.</summary>
public sealed class ExistingContent
{
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    public ExistingContent(string contentFolder)
    {
        var articles = Path.Combine(contentFolder, "articles");
        if (!Directory.Exists(articles))
            return;
        foreach (var file in Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(contentFolder, file).Replace('\\', '/');
            var read = ArticleReader.Read(relative, File.ReadAllBytes(file));
            var slug = read.Value?.Slug ?? NameSlug(relative);
            _slugs.TryAdd(slug, relative);
            foreach (var alias in read.Value?.Aliases ?? [])
                _aliases.TryAdd(alias.TrimEnd('/'), relative);
        }
    }

    /// <summary>The file that has this slug already, or null.</summary>
    public string? SlugOwner(string slug) => _slugs.GetValueOrDefault(slug);

    /// <summary>The file that has this alias already, or null.</summary>
    public string? AliasOwner(string alias) => _aliases.GetValueOrDefault(alias.TrimEnd('/'));

    // A file with errors is not read; its name still gives the slug the site would use once it is fixed.
    private static string NameSlug(string relative)
    {
        var parts = relative.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (name == "index" && parts.Length > 1)
            name = parts[^2];
        return Slug.From(System.Text.RegularExpressions.Regex.Replace(name, @"^\d{4}-\d{2}-\d{2}-", ""));
    }
}
