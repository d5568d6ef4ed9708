using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Translations;

/// <summary>Bundles with a German original and an English translation, as editors write them.</summary>
internal static class TranslatedContent
{
    /// <summary>Writes <c>articles/2026/{folder}/index.md</c>; extra front-matter lines may be added.</summary>
    public static void WriteGerman(this TempContent content, string folder, string title, string date, string extra = "", string body = "Ein Absatz Text.") =>
        content.Write($"articles/2026/{folder}/index.md", $"---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\n\n{body}\n");

    /// <summary>Writes <c>articles/2026/{folder}/index.en.md</c>, the English translation in the same bundle.</summary>
    public static void WriteEnglish(this TempContent content, string folder, string title, string date, string extra = "", string body = "A paragraph of text.") =>
        content.Write($"articles/2026/{folder}/index.en.md", $"---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\n\n{body}\n");
}
