using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dortmund.News.Import.SourceText;

/// <summary>
/// YAML front matter read event by event, not into YamlDotNet's document model: that model refuses a key given
/// twice, which old sites' files have and their generators accepted.
/// </summary>
public static class LooseYaml
{
    /// <summary>Reads <paramref name="yaml"/> whose first line is line <paramref name="firstLine"/> of its file.</summary>
    /// <exception cref="YamlException">The text is no YAML, or no mapping of keys.</exception>
    public static FieldMap Load(string yaml, int firstLine)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
            return new FieldMap();
        parser.Consume<DocumentStart>();
        var anchors = new Dictionary<string, object?>(StringComparer.Ordinal);
        return ReadNode(parser, firstLine, anchors) switch
        {
            FieldMap map => map,
            null or "" => new FieldMap(),
            _ => throw new YamlException("the front matter is not a list of 'key: value' lines"),
        };
    }

    private static object? ReadNode(IParser parser, int firstLine, Dictionary<string, object?> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
            return anchors.GetValueOrDefault(alias.Value.Value);
        object? node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = scalar.Value;
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _))
                list.Add(ReadNode(parser, firstLine, anchors));
            node = list;
            anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            var map = new FieldMap();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var line = (int)parser.Current!.Start.Line + firstLine - 1;
                var key = ReadNode(parser, firstLine, anchors);
                var value = ReadNode(parser, firstLine, anchors);
                map.Add(key as string ?? FlowYaml.Write(key), value, line);
            }

            node = map;
            anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
        }

        if (anchor is not null)
            anchors[anchor] = node;
        return node;
    }
}
