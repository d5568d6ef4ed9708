using System.Text.RegularExpressions;

namespace Dortmund.News.Content.Translations;

/// <summary>
/// What a file name says about its language: <c>index.en.md</c> (in a bundle) or <c>slug.en.md</c> (flat) is a
/// translation into English of <c>index.md</c> or <c>slug.md</c> beside it. Only a suffix of two or three
/// letters counts, so a name such as <c>version-2.0.md</c> or <c>dortmund.ruhr.md</c> is no translation.
/// </summary>
/// <param name="Language">The suffix's language code (lowercase), or null without a suffix.</param>
/// <param name="OriginalPath">The content-relative path of the file without the suffix: the original it translates (itself without a suffix).</param>
public sealed partial record TranslationName(string? Language, string OriginalPath)
{
    /// <summary>Reads the language suffix of the content-relative <paramref name="sourcePath"/>.</summary>
    public static TranslationName Of(string sourcePath)
    {
        var slash = sourcePath.LastIndexOf('/');
        var fileName = sourcePath[(slash + 1)..];
        var match = Suffix().Match(fileName);
        if (!match.Success || match.Index == 0)
            return new TranslationName(null, sourcePath);
        var original = sourcePath[..(slash + 1)] + fileName[..match.Index] + match.Groups[2].Value;
        return new TranslationName(match.Groups[1].Value.ToLowerInvariant(), original);
    }

    /// <summary>The file name without its extension and language suffix (<c>index</c> for <c>index.en.md</c>).</summary>
    public static string BaseNameOf(string sourcePath)
    {
        var name = Of(sourcePath).OriginalPath;
        return Path.GetFileNameWithoutExtension(name[(name.LastIndexOf('/') + 1)..]);
    }

    [GeneratedRegex(@"\.([A-Za-z]{2,3})(\.md)$")]
    private static partial Regex Suffix();
}
