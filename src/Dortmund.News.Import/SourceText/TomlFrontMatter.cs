using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace Dortmund.News.Import.SourceText;

/// <summary>Hugo's TOML front matter (<c>+++</c>) and TOML config files, into the same <see cref="FieldMap"/> as YAML.</summary>
public static partial class TomlFrontMatter
{
    /// <exception cref="TomlException">The text is no TOML.</exception>
    public static FieldMap Load(string toml, int firstLine)
    {
        var table = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        var lines = toml.Split('\n');
        return ToMap(table, key => LineOf(lines, key) + firstLine - 1);
    }

    private static FieldMap ToMap(IDictionary<string, object> table, Func<string, int> lineOf)
    {
        var map = new FieldMap();
        foreach (var (key, value) in table)
            map.Add(key, Convert(value), lineOf(key));
        return map;
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        TomlDateTime date => date.ToString(),
        IDictionary<string, object> table => ToMap(table, _ => 1),
        IEnumerable list => list.Cast<object?>().Select(Convert).ToList(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // The model has no positions; the key's own line is the first one that starts with it.
    private static int LineOf(string[] lines, string key)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith(key, StringComparison.Ordinal) && KeyEnd().IsMatch(line[key.Length..]))
                return i + 1;
            if (line == $"[{key}]" || line == $"[[{key}]]")
                return i + 1;
        }

        return 1;
    }

    [GeneratedRegex(@"^\s*=")]
    private static partial Regex KeyEnd();
}
