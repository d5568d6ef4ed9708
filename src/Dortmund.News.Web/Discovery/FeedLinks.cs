using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Discovery;

/// <summary>A feed a page announces with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLink(string Title, string Path, string MediaType);

/// <summary>
/// Where the feeds live, and the autodiscovery links a page announces. A listing page announces its
/// feeds by putting <see cref="For"/>'s result into <c>ViewData[FeedLinks.ViewDataKey]</c>, e.g.
/// <c>ViewData[FeedLinks.ViewDataKey] = FeedLinks.For(FeedScope.Category(slug), name);</c>
/// — the head partial renders them.
/// </summary>
public static class FeedLinks
{
    public const string ViewDataKey = "Discovery.Feeds";
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";

    /// <summary>The HTML page a feed belongs to.</summary>
    public static string PagePath(FeedScope scope) => scope.Kind switch
    {
        FeedKind.Site => SiteRoutes.Home,
        FeedKind.Category => SiteRoutes.CategoryPrefix + Uri.EscapeDataString(scope.Slug!),
        FeedKind.Tag => SiteRoutes.TagPrefix + Uri.EscapeDataString(scope.Slug!),
        FeedKind.Author => SiteRoutes.AuthorPrefix + Uri.EscapeDataString(scope.Slug!),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown feed scope"),
    };

    public static string RssPath(FeedScope scope) => scope.Kind == FeedKind.Site ? SiteRoutes.RssFeed : PagePath(scope) + SiteRoutes.RssFeed;

    public static string AtomPath(FeedScope scope) => scope.Kind == FeedKind.Site ? SiteRoutes.AtomFeed : PagePath(scope) + SiteRoutes.AtomFeed;

    /// <summary>The feed's title; <paramref name="name"/> is the category, tag or author name.</summary>
    public static string Title(FeedScope scope, string? name, string siteName) => scope.Kind switch
    {
        FeedKind.Site => siteName,
        FeedKind.Category => $"{siteName} – Rubrik {name}",
        FeedKind.Tag => $"{siteName} – Thema {name}",
        FeedKind.Author => $"{siteName} – Artikel von {name}",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown feed scope"),
    };

    /// <summary>The RSS and Atom links of one feed, for a page's head.</summary>
    public static IReadOnlyList<FeedLink> For(FeedScope scope, string? name, string siteName = "Dortmund.News")
    {
        var title = Title(scope, name, siteName);
        return [new FeedLink($"{title} (RSS)", RssPath(scope), RssType), new FeedLink($"{title} (Atom)", AtomPath(scope), AtomType)];
    }
}
