using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dortmund.News.Web.Discovery;

/// <summary>A feed a page announces with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLink(string Title, string Path, string MediaType);

/// <summary>
/// Where the feeds live, and the autodiscovery links a page announces. A listing page announces its
/// feeds by putting <see cref="For"/>'s result into <c>ViewData[FeedLinks.ViewDataKey]</c>, e.g.
/// <c>ViewData[FeedLinks.ViewDataKey] = FeedLinks.For(FeedScope.Category(slug), name, L);</c>
/// — the head partial renders them. Paths are the page's language's (<see cref="SiteLanguage.Current"/>) unless one is given.
/// </summary>
public static class FeedLinks
{
    public const string ViewDataKey = "Discovery.Feeds";
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";

    /// <summary>The HTML page a feed belongs to.</summary>
    public static string PagePath(FeedScope scope, SiteLanguage? language = null)
    {
        var routes = (language ?? SiteLanguage.Current).Routes;
        return scope.Kind switch
        {
            FeedKind.Site => routes.Home,
            FeedKind.Category => routes.Category(scope.Slug!),
            FeedKind.Tag => routes.Tag(scope.Slug!),
            FeedKind.Author => routes.Author(scope.Slug!),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown feed scope"),
        };
    }

    public static string RssPath(FeedScope scope) => scope.Kind == FeedKind.Site ? SiteLanguage.Current.Routes.RssFeed : PagePath(scope) + SiteRoutes.RssFeed;

    public static string AtomPath(FeedScope scope) => scope.Kind == FeedKind.Site ? SiteLanguage.Current.Routes.AtomFeed : PagePath(scope) + SiteRoutes.AtomFeed;

    /// <summary>The feed's title; <paramref name="name"/> is the category, tag or author name.</summary>
    public static string Title(FeedScope scope, string? name, string siteName, IStringLocalizer text) => scope.Kind switch
    {
        FeedKind.Site => siteName,
        FeedKind.Category => text["Feed.CategoryTitle", siteName, name ?? ""],
        FeedKind.Tag => text["Feed.TagTitle", siteName, name ?? ""],
        FeedKind.Author => text["Feed.AuthorTitle", siteName, name ?? ""],
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown feed scope"),
    };

    /// <summary>The RSS and Atom links of one feed, for a page's head.</summary>
    public static IReadOnlyList<FeedLink> For(FeedScope scope, string? name, IStringLocalizer text, string siteName = "Dortmund.News")
    {
        var title = Title(scope, name, siteName, text);
        return [new FeedLink($"{title} (RSS)", RssPath(scope), RssType), new FeedLink($"{title} (Atom)", AtomPath(scope), AtomType)];
    }
}
