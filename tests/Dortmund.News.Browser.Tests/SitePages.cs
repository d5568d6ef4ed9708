using Dortmund.News.Testing;

namespace Dortmund.News.Browser.Tests;

/// <summary>The pages every browser check visits.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Korea = "/artikel/besuch-suedkoreanische-delegation";
    public const string Author = "/autoren/jaeger";
    public const string Press = "/presse";
    public const string NotFound = "/diese-seite-gibt-es-nicht";
    public const string EnglishHome = "/en/";

    /// <summary>Every page type of the site; every browser check covers each (one line per type).</summary>
    public static readonly string[] All =
    [
        Home,
        Korea,
        Author,
        "/themen",
        "/themen/delegation",
        "/rubrik/wirtschaftsfoerderung-international",
        "/archiv",
        "/archiv/2026",
        "/suche?q=Delegation",
        "/suche",
        PressRoomPages.EventArticle,
        PressRoomPages.Events,
        PressRoomPages.PastEvents,
        PressRoomPages.Embargo,
        Press,
        "/presse/bildrechte",
        NotFound,
        EnglishHome,
        EnglishPages.Article,
        EnglishPages.Tag,
        EnglishPages.Category,
        EnglishPages.ArchiveYear,
        EnglishPages.Author,
        "/en/topics",
        "/en/archive",
        "/en/search?q=Delegation",
        "/en/events",
        "/en/events/past",
        "/en/press",
        "/en/press/photo-rights",
        "/en/does-not-exist",
    ];

    public static TheoryData<string> AllData() => [.. All];
}
