namespace Dortmund.News.Web.Localization;

/// <summary>The addresses of one language's pages (<see cref="SiteRoutes"/> and <see cref="SiteRoutes.English"/>), for links.</summary>
public sealed record LanguageRoutes(
    string Home, string ArticlePrefix, string AuthorPrefix, string CategoryPrefix, string Tags, string TagPrefix,
    string Archive, string ArchivePrefix, string Search, string Press, string PhotoTerms, string Events, string PastEvents,
    string RssFeed, string AtomFeed)
{
    public static readonly LanguageRoutes German = new(
        SiteRoutes.Home, SiteRoutes.ArticlePrefix, SiteRoutes.AuthorPrefix, SiteRoutes.CategoryPrefix, SiteRoutes.Tags, SiteRoutes.TagPrefix,
        SiteRoutes.Archive, SiteRoutes.ArchivePrefix, SiteRoutes.Search, SiteRoutes.Press, SiteRoutes.PhotoTerms, SiteRoutes.Events,
        SiteRoutes.PastEvents, SiteRoutes.RssFeed, SiteRoutes.AtomFeed);

    public static readonly LanguageRoutes English = new(
        SiteRoutes.English.Home, SiteRoutes.English.ArticlePrefix, SiteRoutes.English.AuthorPrefix, SiteRoutes.English.CategoryPrefix,
        SiteRoutes.English.Tags, SiteRoutes.English.TagPrefix, SiteRoutes.English.Archive, SiteRoutes.English.ArchivePrefix,
        SiteRoutes.English.Search, SiteRoutes.English.Press, SiteRoutes.English.PhotoTerms, SiteRoutes.English.Events,
        SiteRoutes.English.PastEvents, SiteRoutes.English.RssFeed, SiteRoutes.English.AtomFeed);

    public string Article(string slug) => ArticlePrefix + Uri.EscapeDataString(slug);
    public string Author(string slug) => AuthorPrefix + Uri.EscapeDataString(slug);
    public string Category(string slug) => CategoryPrefix + Uri.EscapeDataString(slug);
    public string Tag(string slug) => TagPrefix + Uri.EscapeDataString(slug);
}
