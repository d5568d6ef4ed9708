using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Paging;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Dortmund.News.Web.Discovery;

/// <summary>
/// The ViewData keys through which a page tells the head partial about itself, beyond the
/// existing <c>ViewData["Title"]</c> and <c>ViewData["Description"]</c>.
/// </summary>
public static class HeadKeys
{
    /// <summary>An <see cref="ArticleView"/>: the page is that article (Open Graph article, NewsArticle).</summary>
    public const string Article = "Discovery.Article";

    /// <summary>An <c>IReadOnlyList&lt;Crumb&gt;</c> trail from the home page; default: home › the page's title.</summary>
    public const string Breadcrumbs = "Discovery.Breadcrumbs";

    /// <summary>A site path (with query, if it matters) that is canonical for this page; default: the path plus <c>?seite=</c> when past 1.</summary>
    public const string Canonical = "Discovery.Canonical";

    /// <summary>The feeds to announce: an <c>IReadOnlyList&lt;FeedLink&gt;</c>, see <see cref="FeedLinks.ViewDataKey"/>.</summary>
    public const string Feeds = FeedLinks.ViewDataKey;
}

/// <summary>An image for Open Graph and Twitter cards, absolute, with its size.</summary>
public sealed record SocialImage(string Url, int Width, int Height, string Alt, string Type);

/// <summary>A language version of the page, absolute, as <c>hreflang</c> alternates and Open Graph locales name it.</summary>
public sealed record Alternate(SiteLanguage Language, string Url);

/// <summary>Everything the head partial writes for one page.</summary>
public sealed record HeadMetadata(
    string Title, string PageTitle, string Description, string? Canonical, bool NoIndex, string OpenGraphType,
    SocialImage Image, bool LargeImage, IReadOnlyList<FeedLink> Feeds, IReadOnlyList<(string Property, string Content)> ArticleProperties,
    IReadOnlyList<string> JsonLd, SiteLanguage Language, IReadOnlyList<Alternate> Alternates)
{
    /// <summary>
    /// The page for <c>hreflang="x-default"</c>: the German version, as the site's default language; none when the page has
    /// no German version (an English-only page names only itself).
    /// </summary>
    public Alternate? Default => Alternates.FirstOrDefault(a => a.Language == SiteLanguage.German);

    /// <summary>Reads what the page put into ViewData and fills in the site-wide defaults.</summary>
    public static HeadMetadata For(ViewDataDictionary viewData, HttpContext http, Uri baseUrl, SiteOptions site, IStringLocalizer text)
    {
        var language = SiteLanguage.Current;
        var pageTitle = viewData["Title"] as string;
        var title = pageTitle is null ? site.Name : $"{pageTitle} – {site.Name}";
        var description = viewData["Description"] as string ?? site.DescriptionIn(language, text);
        var error = http.Response.StatusCode >= 400;
        var article = viewData[HeadKeys.Article] as ArticleView;

        var canonicalPath = viewData[HeadKeys.Canonical] as string ?? DefaultCanonicalPath(http);
        string? canonical = error ? null : FeedDocuments.Absolute(baseUrl, canonicalPath);

        var feeds = viewData[HeadKeys.Feeds] as IReadOnlyList<FeedLink> ?? [];
        if (!error)
            feeds = [.. feeds, .. FeedLinks.For(FeedScope.Site, null, text, site.Name).Where(f => feeds.All(x => x.Path != f.Path))];
        // Every version of the page, this one included (Google wants each page to list itself and the others), never an error page's.
        IReadOnlyList<Alternate> alternates = error ? []
            : [.. PageVersions.Of(viewData, canonicalPath).Select(v => new Alternate(v.Language, FeedDocuments.Absolute(baseUrl, v.Path)))];

        var image = new SocialImage(FeedDocuments.Absolute(baseUrl, SiteLogo.Path), SiteLogo.Width, SiteLogo.Height, site.Name, "image/png");
        var large = false;
        var properties = new List<(string, string)>();
        var jsonLd = new List<string>();
        if (article is not null && canonical is not null)
        {
            // The lead image, else the first gallery photo, as its largest JPEG variant (never the original, which may carry GPS data).
            var photo = article.LeadImage is { } lead
                ? (Variant: LargestVariant.Of(lead), lead.Alt)
                : article.Gallery.Count > 0 ? (Variant: LargestVariant.Of(article.Gallery[0]), article.Gallery[0].Alt)
                : default((LargestVariant? Variant, string Alt)?);
            if (photo is ({ } variant, var alt))
            {
                image = new SocialImage(FeedDocuments.Absolute(baseUrl, variant.Path), variant.Width, variant.Height, alt, LargestVariant.MediaType);
                large = true;
            }

            properties.Add(("article:published_time", SiteFormat.IsoDate(article.PublishedUtc)));
            properties.Add(("article:modified_time", SiteFormat.IsoDate(StructuredData.Updated(article))));
            foreach (var author in article.Authors)
                properties.Add(("article:author", author.Slug is null ? author.Name : FeedDocuments.Absolute(baseUrl, FeedLinks.PagePath(FeedScope.Author(author.Slug)))));
            if (article.Category is { } category)
                properties.Add(("article:section", category.Name));
            foreach (var tag in article.Tags)
                properties.Add(("article:tag", tag.Name));
            jsonLd.Add(StructuredData.NewsArticle(article, canonical, baseUrl, site, alternates));
            if (article.Event is { } happening)
                jsonLd.Add(Events.EventStructuredData.Of(article, happening, canonical, baseUrl, site));
        }

        if (!error && Breadcrumbs(viewData, http, article, pageTitle, canonicalPath, text) is { Count: > 1 } crumbs)
            jsonLd.Add(StructuredData.Breadcrumbs(crumbs, baseUrl));

        return new HeadMetadata(title, pageTitle ?? site.Name, description, canonical, error, article is null ? "website" : "article",
            image, large, feeds, properties, jsonLd, language, alternates);
    }

    /// <summary>
    /// The path, plus the page number when the page read one past the first: other query values, and a
    /// <c>?seite=</c> on a page without pages, do not make a different page.
    /// </summary>
    private static string DefaultCanonicalPath(HttpContext http)
    {
        var path = http.Request.Path.HasValue ? http.Request.Path.Value! : "/";
        return http.Features.Get<PageQuery>()?.PageNumberRead is > 1 and var page ? $"{path}?seite={page}" : path;
    }

    private static IReadOnlyList<Crumb> Breadcrumbs(ViewDataDictionary viewData, HttpContext http, ArticleView? article, string? pageTitle,
        string canonicalPath, IStringLocalizer text)
    {
        if (viewData[HeadKeys.Breadcrumbs] is IReadOnlyList<Crumb> given)
            return given;
        var homePath = SiteLanguage.Current.Routes.Home;
        var home = new Crumb(text["Crumb.Home"], homePath);
        if (article is not null)
            return article.Category is { } category
                ? [home, new Crumb(category.Name, FeedLinks.PagePath(FeedScope.Category(category.Slug))), new Crumb(article.Title, canonicalPath)]
                : [home, new Crumb(article.Title, canonicalPath)];
        if (http.Request.Path == homePath || http.Request.Path == SiteRoutes.English.Root)
            return http.Features.Get<PageQuery>()?.PageNumberRead is > 1 and var page ? [home, new Crumb(text["Pager.PageNumber", page], canonicalPath)] : [home];
        return pageTitle is null ? [home] : [home, new Crumb(pageTitle, canonicalPath)];
    }
}
