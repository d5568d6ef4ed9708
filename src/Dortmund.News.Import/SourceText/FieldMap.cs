namespace Dortmund.News.Import.SourceText;

/// <summary>One key of a front matter or nested group, with the line it stands on.</summary>
public sealed record Field(string Key, object? Value, int Line);

/// <summary>
/// A front matter as the old site's generator read it, tolerantly: values are texts, lists
/// (<see cref="List{T}"/> of values) or nested <see cref="FieldMap"/>s. A key given twice keeps its later value (as
/// Hugo and Jekyll do); the earlier one is in <see cref="Duplicates"/>. Reading a key marks it used, so what is
/// left over (<see cref="Unused"/>) is what nothing maps.
/// </summary>
public sealed class FieldMap
{
    private readonly List<Field> _fields = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public IReadOnlyList<Field> Fields => _fields;
    public List<Field> Duplicates { get; } = [];

    public void Add(string key, object? value, int line)
    {
        var index = _fields.FindIndex(f => f.Key == key);
        if (index < 0)
        {
            _fields.Add(new Field(key, value, line));
            return;
        }

        Duplicates.Add(_fields[index]);
        _fields[index] = new Field(key, value, line);
    }

    public bool Has(string key) => _fields.Any(f => f.Key == key);

    /// <summary>The value of the first of <paramref name="keys"/> present; marks all of them used.</summary>
    public object? Take(params string[] keys)
    {
        object? found = null;
        var seen = false;
        foreach (var key in keys)
        {
            if (Find(key) is not { } field)
                continue;
            _used.Add(key);
            if (!seen && !IsEmpty(field.Value))
            {
                found = field.Value;
                seen = true;
            }
        }

        return found;
    }

    /// <summary>A text (a number or date counts), or null.</summary>
    public string? Text(params string[] keys) => AsText(Take(keys));

    /// <summary>A list of texts: a list, or one text (split at <paramref name="split"/> when given).</summary>
    public List<string> TextList(string key, char? split = null) => AsTextList(Take(key), split);

    /// <summary>True/false as YAML and TOML write it; null when absent or not a flag.</summary>
    public bool? Flag(string key) => AsText(Take(key))?.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    public int LineOf(string key) => Find(key)?.Line ?? 1;

    /// <summary>The fields nothing has read.</summary>
    public IEnumerable<Field> Unused => _fields.Where(f => !_used.Contains(f.Key));

    public static string? AsText(object? value) => value switch
    {
        string s when !string.IsNullOrWhiteSpace(s) => s.Trim(),
        List<object?> { Count: 1 } one => AsText(one[0]),
        _ => null,
    };

    public static List<string> AsTextList(object? value, char? split = null) => value switch
    {
        string s when split is { } c => s.Split(c, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        string s => string.IsNullOrWhiteSpace(s) ? [] : [s.Trim()],
        List<object?> list => list.Select(AsText).OfType<string>().ToList(),
        _ => [],
    };

    private Field? Find(string key) => _fields.FirstOrDefault(f => f.Key == key);

    private static bool IsEmpty(object? value) => value is null or string { Length: 0 } or List<object?> { Count: 0 };
}
