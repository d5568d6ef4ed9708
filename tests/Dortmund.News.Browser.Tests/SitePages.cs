namespace Dortmund.News.Browser.Tests;

/// <summary>The pages every browser check visits.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Korea = "/artikel/besuch-suedkoreanische-delegation";
    public const string Author = "/autoren/jaeger";
    public const string NotFound = "/diese-seite-gibt-es-nicht";

    /// <summary>
    /// Every page type of the site. The tag, archive and search pages arrive with the search and
    /// taxonomy work; add them here, one line each (e.g. "/themen/delegation", "/archiv",
    /// "/suche?q=Delegation"), and every browser check covers them.
    /// </summary>
    public static readonly string[] All =
    [
        Home,
        Korea,
        Author,
        NotFound,
    ];

    public static TheoryData<string> AllData() => [.. All];
}
