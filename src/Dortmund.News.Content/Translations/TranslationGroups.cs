namespace Dortmund.News.Content.Translations;

/// <summary>
/// The names of translation groups: <c>key:{translationKey}</c>, or <c>path:{original path}</c> for a file without
/// a key and its suffix translations. The two kinds never meet, so a key cannot take over a bundle by naming its path.
/// </summary>
public static class TranslationGroups
{
    /// <summary>The group of the file at <paramref name="sourcePath"/> with <paramref name="translationKey"/> (or none).</summary>
    public static string Of(string? translationKey, string sourcePath) =>
        translationKey is { } key ? "key:" + key : "path:" + TranslationName.Of(sourcePath).OriginalPath;
}
