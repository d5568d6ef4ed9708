using System.Text.RegularExpressions;

namespace Dortmund.News.Import.Posts;

/// <summary>Old sites name several authors in one text: "Niklas Alt, Johannes Wagner", "Alt und Wagner".</summary>
public static partial class AuthorNames
{
    public static IEnumerable<string> Split(IEnumerable<string> names) =>
        names.SelectMany(n => Separator().Split(n)).Select(n => n.Trim()).Where(n => n.Length > 0);

    [GeneratedRegex(@"\s*(?:,|;|&|\bund\b|\band\b)\s*")]
    private static partial Regex Separator();
}
