using Dortmund.News.Import.SourceText;

namespace Dortmund.News.Import.Hugo;

/// <summary>What the importer needs from a Hugo site's configuration (<c>hugo.*</c>, <c>config.*</c>, or <c>config/_default/</c>).</summary>
public sealed record HugoConfig(string BasePath, string? Host, string ContentDir, IReadOnlyList<string> StaticDirs,
    IReadOnlyDictionary<string, string> Permalinks, IReadOnlyList<string> Taxonomies, bool DateFromFileName)
{
    private static readonly string[] Names = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    /// <summary>The configuration of the site at <paramref name="root"/>; throws when it is no Hugo site.</summary>
    public static HugoConfig Load(string root)
    {
        var file = Names.Select(n => Path.Combine(root, n))
            .Concat(Names.Select(n => Path.Combine(root, "config", "_default", n)))
            .FirstOrDefault(File.Exists)
            ?? throw new ImportException($"'{root}' is no Hugo site: it has no hugo.toml, hugo.yaml, config.toml or config.yaml (nor config/_default/)");
        FieldMap map;
        try
        {
            var text = File.ReadAllText(file);
            map = file.EndsWith(".toml", StringComparison.Ordinal) ? TomlFrontMatter.Load(text, 1) : LooseYaml.Load(text, 1);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or Tomlyn.TomlException)
        {
            throw new ImportException($"{Path.GetRelativePath(root, file)} cannot be read: {e.Message.Split('\n')[0]}");
        }

        var baseUrl = map.Text("baseURL", "baseurl", "baseUrl");
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri);
        var permalinks = map.Take("permalinks") is FieldMap p
            ? p.Fields.Where(f => f.Value is string).ToDictionary(f => f.Key, f => (string)f.Value!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var taxonomies = map.Take("taxonomies") is FieldMap t
            ? t.Fields.Select(f => FieldMap.AsText(f.Value)).OfType<string>().ToList()
            : ["tags", "categories"];
        var dateOrder = map.Take("frontmatter") is FieldMap front ? front.TextList("date") : [];
        return new HugoConfig(
            uri?.AbsolutePath.TrimEnd('/') ?? "",
            uri?.Host,
            map.Text("contentDir", "contentdir") ?? "content",
            map.TextList("staticDir") is { Count: > 0 } dirs ? dirs : ["static"],
            permalinks,
            taxonomies,
            dateOrder.Contains(":filename"));
    }
}
