using System.Text;

namespace Dortmund.News.Import.SourceText;

/// <summary>Values written back as YAML on one line: texts double-quoted, lists in <c>[…]</c>, groups in <c>{…}</c>.</summary>
public static class FlowYaml
{
    public static string Write(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        List<object?> list => "[" + string.Join(", ", list.Select(Write)) + "]",
        FieldMap map => "{" + string.Join(", ", map.Fields.Select(f => $"{Key(f.Key)}: {Write(f.Value)}")) + "}",
        _ => Quote(value.ToString() ?? ""),
    };

    /// <summary>A double-quoted YAML string: safe for any text, colons and quotes included.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string Key(string key) => key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && key.Length > 0 ? key : Quote(key);
}
