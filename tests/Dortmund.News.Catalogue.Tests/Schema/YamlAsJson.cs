using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Dortmund.News.Catalogue.Tests.Schema;

/// <summary>
/// Front matter as editors' tools hand it to a JSON Schema: YAML 1.2's core schema, as yaml-language-server reads it. A
/// plain <c>true</c> is a boolean, <c>2026</c> a number, an empty value or <c>~</c> null; anything quoted a text. Null
/// when the YAML does not parse (duplicate keys included) or its aliases expand beyond reason (a "billion laughs"
/// bomb, which yaml-language-server's parser refuses too): the editor's YAML parser reports that before any schema.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonNode? FrontMatter(string fileText, out bool parsed)
    {
        parsed = false;
        var lines = fileText.ReplaceLineEndings("\n").TrimStart('\uFEFF').Split('\n');
        if (lines is not [var first, ..] || first.TrimEnd() != "---")
            return null;
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
            return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines[1..end])));
            var budget = MaxNodes;
            var json = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, ref budget);
            parsed = true;
            return json;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>More nodes than any front matter has: past this, aliases are expanding a bomb.</summary>
    private const int MaxNodes = 100_000;

    private static JsonNode? Convert(YamlNode node, ref int budget)
    {
        if (--budget < 0)
            throw new InvalidOperationException($"more than {MaxNodes} nodes: aliases expand beyond reason");
        switch (node)
        {
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                    json[((YamlScalarNode)key).Value ?? ""] = Convert(value, ref budget);
                return json;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                    array.Add(Convert(item, ref budget));
                return array;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain:
                return Plain(plain.Value ?? "");
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? "");
            default:
                throw new InvalidOperationException($"YAML node {node.NodeType}");
        }
    }

    private static JsonNode? Plain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Integer().IsMatch(value) && decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            => JsonValue.Create(integer),
        _ when Float().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            => JsonValue.Create(number),
        // .inf, .nan, 0o17, 0x1F: numbers to YAML that JSON cannot hold; no key of the site takes a number anyway.
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
