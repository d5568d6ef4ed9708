using System.Text.RegularExpressions;

namespace Dortmund.News.Import.Bodies;

/// <summary>The parameters of a Hugo shortcode or Liquid/WordPress tag: <c>name="value"</c> pairs and positional values.</summary>
public static partial class ShortcodeParameters
{
    public static (Dictionary<string, string> Named, List<string> Positional) Parse(string text)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positional = new List<string>();
        foreach (Match match in Parameter().Matches(text))
        {
            var value = match.Groups["dq"].Success ? match.Groups["dq"].Value
                : match.Groups["sq"].Success ? match.Groups["sq"].Value
                : match.Groups["bq"].Success ? match.Groups["bq"].Value
                : match.Groups["bare"].Value;
            if (match.Groups["name"].Success)
                named[match.Groups["name"].Value] = value;
            else
                positional.Add(value);
        }

        return (named, positional);
    }

    [GeneratedRegex("""(?:(?<name>[\w-]+)\s*=\s*)?(?:"(?<dq>(?:[^"\\]|\\.)*)"|'(?<sq>[^']*)'|`(?<bq>[^`]*)`|(?<bare>[^\s"'`=]+))""")]
    private static partial Regex Parameter();
}
