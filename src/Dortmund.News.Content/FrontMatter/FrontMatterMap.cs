using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;
using YamlDotNet.RepresentationModel;

namespace Dortmund.News.Content.FrontMatter;

/// <summary>
/// Typed, located access to one YAML mapping: each getter reports a wrong type at the value's
/// position and returns null, so reading goes on and every problem is found in one pass.
/// </summary>
public sealed class FrontMatterMap
{
    /// <summary>Longest list a front-matter key may hold; longer ones are refused, not truncated.</summary>
    public const int MaxListItems = 500;

    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly ProblemList _problems;
    private readonly HashSet<YamlNode> _reported = new(ReferenceEqualityComparer.Instance);

    internal FrontMatterMap(YamlMappingNode node, int lineOffset, ProblemList problems)
    {
        _node = node;
        _lineOffset = lineOffset;
        _problems = problems;
    }

    /// <summary>Where this mapping starts.</summary>
    public Position Start => PositionOf(_node);

    /// <summary>The keys as written, with their positions.</summary>
    public IEnumerable<(string Key, Position At)> Keys =>
        _node.Children.Keys.Select(k => (k is YamlScalarNode s ? s.Value ?? "" : k.ToString(), PositionOf(k)));

    /// <summary>True when the key is present (even with an empty value).</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when the key is present with an empty or blank text (<c>key:</c>, <c>key: ""</c>), which <see cref="Text(TextKey)"/> reads as absent.</summary>
    public bool IsBlank(string key) => Find(key) is YamlScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value);

    /// <summary>Position of a key's value, or of the mapping when absent.</summary>
    public Position PositionOf(string key) => Find(key) is { } value ? PositionOf(value) : Start;

    /// <inheritdoc cref="Has(string)"/>
    public bool Has(FrontMatterKey key) => Has(key.Name);

    /// <inheritdoc cref="IsBlank(string)"/>
    public bool IsBlank(FrontMatterKey key) => IsBlank(key.Name);

    /// <inheritdoc cref="PositionOf(string)"/>
    public Position PositionOf(FrontMatterKey key) => PositionOf(key.Name);

    // Keys are read through their declaration (FrontMatterKey): a key is read as the kind the schema says it is.

    /// <summary>A text value; null when absent or empty, reported when not text.</summary>
    public string? Text(TextKey key) => Text(key.Name);

    /// <summary>A moment's text as written (trimmed); null when absent or empty, reported when not text. The caller parses it.</summary>
    public string? Text(MomentKey key) => Text(key.Name);

    /// <summary>A true/false value; null when absent.</summary>
    public bool? Flag(FlagKey key) => Flag(key.Name);

    /// <inheritdoc cref="Date(string, TimeZoneInfo)"/>
    public DateTimeOffset? Date(DateKey key, TimeZoneInfo zone) => Date(key.Name, zone);

    /// <summary>A list of texts; a single text counts as a one-item list. Empty when absent.</summary>
    public IReadOnlyList<string> TextList(TextListKey key) => LocatedTextList(key.Name).Select(item => item.Text).ToList();

    /// <summary>Like <see cref="TextList"/>, with each item's position (for problems found later, such as alias collisions).</summary>
    public IReadOnlyList<(string Text, Position At)> LocatedTextList(TextListKey key) => LocatedTextList(key.Name);

    /// <summary>A list of groups (such as gallery entries). Empty when absent.</summary>
    public IReadOnlyList<FrontMatterMap> MapList(GroupListKey key) => MapList(key.Name);

    /// <summary>A group of keys under one key (such as <c>event:</c>). Null when absent, reported when not a group.</summary>
    public FrontMatterMap? Map(GroupKey key) => Map(key.Name);

    private string? Text(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return ValueOf(scalar) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            case var other:
                _problems.Add(Rules.WrongType, PositionOf(other), $"'{key}' must be a text, not a {Describe(other)}");
                return null;
        }
    }

    private bool? Flag(string key)
    {
        if (Find(key) is not { } node)
            return null;
        if (node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var flag))
            return flag;
        _problems.Add(Rules.WrongType, PositionOf(node), $"'{key}' must be true or false");
        return null;
    }

    /// <summary>
    /// A date: ISO 8601 date (midnight in <paramref name="zone"/>) or date-time (with offset, or in
    /// <paramref name="zone"/> without one). Null when absent or invalid (reported).
    /// </summary>
    private DateTimeOffset? Date(string key, TimeZoneInfo zone)
    {
        if (Find(key) is not { } node)
            return null;
        var reading = node is YamlScalarNode { Value: { } value } ? IsoDate.Parse(value.Trim(), zone) : DateReading.NotADate;
        if (reading is { Outcome: DateOutcome.Date, Date: var date })
            return date;
        _problems.Add(Rules.BadDate, PositionOf(node), reading.Outcome == DateOutcome.OutOfRange
            ? $"'{key}' {((YamlScalarNode)node).Value!.Trim()} is out of range: {IsoDate.RangeHint}"
            : $"'{key}' is not a date: write 2026-11-12 or 2026-11-12T10:00:00+01:00");
        return null;
    }

    private IReadOnlyList<(string Text, Position At)> LocatedTextList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return ValueOf(scalar) is { } value && !string.IsNullOrWhiteSpace(value) ? [(value.Trim(), PositionOf(scalar))] : [];
            case YamlSequenceNode sequence when sequence.Children.Count > MaxListItems:
                _problems.Add(Rules.TooMany, PositionOf(sequence),
                    $"'{key}' has {sequence.Children.Count} items; at most {MaxListItems} are allowed");
                return [];
            case YamlSequenceNode sequence:
                var items = new List<(string, Position)>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode scalarItem && ValueOf(scalarItem) is { } text && !string.IsNullOrWhiteSpace(text))
                        items.Add((text.Trim(), PositionOf(item)));
                    else if (item is not YamlScalarNode)
                        _problems.Add(Rules.WrongType, PositionOf(item), $"items of '{key}' must be texts");
                }

                return items;
            case var other:
                _problems.Add(Rules.WrongType, PositionOf(other),
                    $"'{key}' must be a list, for example [Delegation, Innovation]");
                return [];
        }
    }

    private IReadOnlyList<FrontMatterMap> MapList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence when sequence.Children.Count > MaxListItems:
                _problems.Add(Rules.TooMany, PositionOf(sequence),
                    $"'{key}' has {sequence.Children.Count} items; at most {MaxListItems} are allowed");
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<FrontMatterMap>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode mapping)
                        maps.Add(new FrontMatterMap(mapping, _lineOffset, _problems));
                    else
                        _problems.Add(Rules.WrongType, PositionOf(item),
                            $"each item of '{key}' must have keys such as 'src:', 'caption:', 'credit:'");
                }

                return maps;
            case var other:
                _problems.Add(Rules.WrongType, PositionOf(other), $"'{key}' must be a list of entries starting with '- '");
                return [];
        }
    }

    private FrontMatterMap? Map(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new FrontMatterMap(mapping, _lineOffset, _problems);
            case var other:
                _problems.Add(Rules.WrongType, PositionOf(other), $"'{key}' must be a group of keys, each on its own indented line");
                return null;
        }
    }

    // The file's own text is cleaned before parsing; a YAML escape ("\v", "\uFFFE") still makes such a
    // character here. Reported once per value, however often it is read.
    private string? ValueOf(YamlScalarNode scalar)
    {
        if (scalar.Value is not { } value)
            return null;
        var clean = XmlSafeText.Clean(value, out var replaced);
        if (replaced > 0 && _reported.Add(scalar))
            _problems.Add(Rules.NotXmlText, PositionOf(scalar),
                $"{replaced} escaped character(s) not allowed in XML (such as \\v or \\uFFFE) replaced: remove the escape");
        return clean;
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private Position PositionOf(YamlNode node) => YamlFrontMatter.At(node.Start, _lineOffset);

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of keys",
        _ => "value",
    };
}
