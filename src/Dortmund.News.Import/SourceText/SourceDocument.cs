using Tomlyn;
using YamlDotNet.Core;

namespace Dortmund.News.Import.SourceText;

/// <summary>A source file split into its front matter (YAML between <c>---</c>, or Hugo's TOML between <c>+++</c>) and its body.</summary>
public sealed record SourceDocument(FieldMap FrontMatter, string Body, int BodyLine)
{
    /// <summary>The document, or the reason it cannot be read with its line (for the report).</summary>
    public static (SourceDocument? Document, int Line, string? Error) Parse(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var fence = lines[0].TrimEnd() switch
        {
            "---" => "---",
            "+++" => "+++",
            _ => null,
        };
        if (fence is null)
            return (null, 1, "no front matter: the file does not start with '---' (or '+++')");
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == fence || (fence == "---" && l.TrimEnd() == "..."));
        if (close < 0)
            return (null, 1, $"front matter is not closed: no line '{fence}' after it");

        var head = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        try
        {
            var map = fence == "+++" ? TomlFrontMatter.Load(head, 2) : LooseYaml.Load(head, 2);
            return (new SourceDocument(map, body, close + 2), 0, null);
        }
        catch (YamlException e)
        {
            return (null, (int)e.Start.Line + 1, $"front matter is no valid YAML: {e.Message}");
        }
        catch (TomlException e)
        {
            return (null, 2, $"front matter is no valid TOML: {e.Message.Split('\n')[0]}");
        }
    }
}
