namespace Dortmund.News.Web.Embargo;

/// <summary>The banner of an embargo link's page: when the article may be published, and the link it came by.</summary>
public sealed record EmbargoNotice(DateTime PublishedUtc, string Token)
{
    /// <summary>Where the page's own links to its files go: below the embargo link, as the article's public address serves nothing yet.</summary>
    public string BasePath => SiteRoutes.EmbargoPath(Token);
}
