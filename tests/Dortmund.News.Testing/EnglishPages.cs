namespace Dortmund.News.Testing;

/// <summary>
/// The English page types as the page-type checks (axe, vnu, layout, hostile requests) visit them: an English
/// translation of the press room's test article (<see cref="PressRoomPages"/>, written first), with its own topic and
/// category, and a translator. A test fixture until the seed's own translations are there; it is no press release.
/// </summary>
public static class EnglishPages
{
    public const string Home = "/en/";
    public const string Article = "/en/articles/messe-mit-unterlagen";
    public const string Tag = "/en/topics/trade-fair";
    public const string Category = "/en/categories/international-business";
    public const string ArchiveYear = "/en/archive/2026";
    public const string Author = "/en/authors/jaeger";

    /// <summary>The English title of <see cref="Article"/>.</summary>
    public const string ArticleTitle = "Test article: trade fair with event and documents";

    public static void Write(TempContent content) =>
        content.Write("articles/2026/messe-mit-unterlagen/index.en.md", $"""
            ---
            title: "{ArticleTitle}"
            date: 2026-10-01T09:00:00+02:00
            authors: [jaeger]
            category: International Business
            tags: [Trade fair]
            translator: Test Translator
            summary: "The English version of the test article, for the checks of every English page type."
            ---

            A paragraph of English text, with a [link to the German version](/artikel/messe-mit-unterlagen).
            """);
}
