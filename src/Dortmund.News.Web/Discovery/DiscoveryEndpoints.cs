using System.Text;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Localization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Discovery;

/// <summary>
/// Feeds, sitemaps and robots.txt: documents generated from the catalogue. Their ETag and 304 answers
/// are the page validators' (Caching/PageValidators), as for pages.
/// </summary>
internal static class DiscoveryEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        // Each language's feeds: the site's, and below each category, tag and author page (the request's path decides the language).
        app.MapMethods(SiteRoutes.RssFeed, GetAndHead, (HttpContext http, CancellationToken ct) => FeedAsync(http, FeedScope.Site, rss: true, ct));
        app.MapMethods(SiteRoutes.AtomFeed, GetAndHead, (HttpContext http, CancellationToken ct) => FeedAsync(http, FeedScope.Site, rss: false, ct));
        app.MapMethods(SiteRoutes.English.RssFeed, GetAndHead, (HttpContext http, CancellationToken ct) => FeedAsync(http, FeedScope.Site, rss: true, ct));
        app.MapMethods(SiteRoutes.English.AtomFeed, GetAndHead, (HttpContext http, CancellationToken ct) => FeedAsync(http, FeedScope.Site, rss: false, ct));
        foreach (var (page, scope) in new (string, Func<string, FeedScope>)[]
                 {
                     (SiteRoutes.Category, FeedScope.Category), (SiteRoutes.Tag, FeedScope.Tag), (SiteRoutes.Author, FeedScope.Author),
                     (SiteRoutes.English.Category, FeedScope.Category), (SiteRoutes.English.Tag, FeedScope.Tag), (SiteRoutes.English.Author, FeedScope.Author),
                 })
        {
            app.MapMethods(page + SiteRoutes.RssFeed, GetAndHead, (HttpContext http, string slug, CancellationToken ct) => FeedAsync(http, scope(slug), rss: true, ct));
            app.MapMethods(page + SiteRoutes.AtomFeed, GetAndHead, (HttpContext http, string slug, CancellationToken ct) => FeedAsync(http, scope(slug), rss: false, ct));
        }

        app.MapMethods(SiteRoutes.Sitemap, GetAndHead, (HttpContext http, CancellationToken ct) => SitemapAsync(http, part: null, ct));
        app.MapMethods(SiteRoutes.SitemapPart, GetAndHead, (HttpContext http, int part, CancellationToken ct) => SitemapAsync(http, part, ct));
        app.MapMethods(SiteRoutes.NewsSitemap, GetAndHead, NewsSitemapAsync);
        app.MapMethods(SiteRoutes.Robots, GetAndHead, Robots);
        return app;
    }

    /// <summary>GET and HEAD: feed validators and caches ask with HEAD for the headers alone (Kestrel drops the body).</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static async Task<IResult> FeedAsync(HttpContext http, FeedScope scope, bool rss, CancellationToken cancellationToken)
    {
        var queries = http.RequestServices.GetRequiredService<SyndicationQueries>();
        // The page's language's articles (and its categories' and tags' slugs): /en/feed.xml carries the English ones.
        if (await queries.FeedAsync(scope.In(SiteLanguage.Current.Code), cancellationToken) is not { } feed)
            return Results.NotFound();
        var site = http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        var baseUrl = http.RequestServices.GetRequiredService<SiteUrls>().Base(http.Request);
        var variants = http.RequestServices.GetRequiredService<ImageVariantStore>();
        var enclosures = new Dictionary<FeedImage, FeedEnclosure?>();
        foreach (var image in feed.Entries.Select(e => e.Image).OfType<FeedImage>().Distinct())
            enclosures[image] = await FeedEnclosure.OfAsync(image, variants);
        FeedEnclosure? EnclosureOf(FeedImage image) => enclosures[image];
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SiteText>>();
        var body = rss ? FeedDocuments.Rss(feed, baseUrl, site, text, EnclosureOf) : FeedDocuments.Atom(feed, baseUrl, site, text, EnclosureOf);
        return Document(http, body, (rss ? FeedLinks.RssType : FeedLinks.AtomType) + "; charset=utf-8",
            feed.Entries.Count > 0 ? feed.Entries.Max(e => e.UpdatedUtc) : null);
    }

    /// <summary>
    /// <c>/sitemap.xml</c> is the whole list while it fits one file; past <see cref="SiteOptions.SitemapMaxUrls"/>
    /// it becomes an index of <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c> …
    /// </summary>
    private static async Task<IResult> SitemapAsync(HttpContext http, int? part, CancellationToken cancellationToken)
    {
        if (part < 1)
            return Results.NotFound();
        var max = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.SitemapMaxUrls);
        // This file's URLs are [from, from + max) of the whole list; /sitemap.xml lists the first max when all fit.
        var from = ((long)(part ?? 1) - 1) * max;
        var queries = http.RequestServices.GetRequiredService<SyndicationQueries>();
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>();
        // The German pages, then the English ones: each language's articles are where its list starts plus one.
        var urls = new List<SitemapUrl>();
        foreach (var language in SiteLanguage.All)
        {
            var offset = urls.Count;
            var source = await queries.SitemapAsync(language.Code, ArticlesAmongUrls(from - offset, from + max - offset), cancellationToken);
            urls.AddRange(Urls(source, language, endpoints));
        }
        var baseUrl = http.RequestServices.GetRequiredService<SiteUrls>().Base(http.Request);
        var parts = urls.Chunk(max).ToList();

        if (part is null && parts.Count <= 1)
            return Document(http, SitemapDocuments.UrlSet(urls, baseUrl), XmlType, Newest(urls));
        if (part is null)
        {
            var index = parts.Select((p, i) => (FeedDocuments.Absolute(baseUrl, SiteRoutes.SitemapPartPath(i + 1)), Newest(p))).ToList();
            return Document(http, SitemapDocuments.Index(index), XmlType, index.Max(p => p.Item2));
        }

        // Parts exist only while there is an index; otherwise /sitemap.xml alone lists everything.
        if (parts.Count <= 1 || part > parts.Count)
            return Results.NotFound();
        var urlsOfPart = parts[part.Value - 1];
        return Document(http, SitemapDocuments.UrlSet(urlsOfPart, baseUrl), XmlType, Newest(urlsOfPart));
    }

    private static async Task<IResult> NewsSitemapAsync(HttpContext http, SyndicationQueries queries, SiteUrls urls,
        IOptions<SiteOptions> site, CancellationToken cancellationToken)
    {
        var entries = new List<NewsSitemapEntry>();
        foreach (var language in SiteLanguage.All)
            entries.AddRange(await queries.NewsAsync(language.Code, cancellationToken));
        var body = SitemapDocuments.News(entries, urls.Base(http.Request), site.Value);
        return Document(http, body, XmlType, entries.Count > 0 ? entries.Max(e => e.PublishedUtc) : null);
    }

    private static IResult Robots(HttpContext http, SiteUrls urls)
    {
        var baseUrl = urls.Base(http.Request);
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: " + SiteRoutes.ErrorPrefix + "\n")
            // The photo downloads are for journalists; search engines index the variants the pages show.
            .Append("Disallow: " + SiteRoutes.ArticlePrefix + "*" + SiteRoutes.PhotoDownloadFolder + "\n")
            .Append('\n')
            .Append("Sitemap: ").Append(FeedDocuments.Absolute(baseUrl, SiteRoutes.Sitemap)).Append('\n')
            .Append("Sitemap: ").Append(FeedDocuments.Absolute(baseUrl, SiteRoutes.NewsSitemap)).Append('\n')
            .ToString();
        return Results.Text(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");
    }

    /// <summary>
    /// A generated document, written whole also for HEAD (the validators hash it and drop the body), with
    /// when it last changed — its newest entry, to the second — and five minutes of reuse: feed readers poll often.
    /// </summary>
    internal static IResult Document(HttpContext http, byte[] body, string contentType, DateTime? lastModifiedUtc)
    {
        var headers = http.Response.GetTypedHeaders();
        if (lastModifiedUtc is { } utc)
            headers.LastModified = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        return Results.Text(body, contentType);
    }

    /// <summary>
    /// Every public URL of one language, site-relative (a file makes absolute only the ones it lists): home, articles
    /// (with their photos and translations), the press room, author profiles, category and tag listings — the latter
    /// only when the site has those pages, so the sitemap never names a 404 — and the pages that do not list articles.
    /// Pages every language has name their versions; an article its public translations; category and tag pages
    /// (named per language) only themselves.
    /// </summary>
    private static List<SitemapUrl> Urls(SitemapSource source, SiteLanguage language, EndpointDataSource endpoints)
    {
        var routes = language.Routes;
        var newest = source.Articles.Count > 0 ? source.Articles.Max(a => a.LastModifiedUtc) : (DateTime?)null;
        var urls = new List<SitemapUrl> { new(routes.Home, newest, []) { Versions = PageVersions.Everywhere(r => r.Home) } };
        urls.AddRange(source.Articles.Select(a => new SitemapUrl(
            routes.Article(a.Slug), a.LastModifiedUtc,
            // Each photo as its largest JPEG variant: search engines index the file, so never the original with its EXIF data.
            a.Images.Select(i => (Variant: LargestVariant.Of(i.Hash, i.Width, i.Height), i.Caption))
                .Where(i => i.Variant is not null)
                .Select(i => (i.Variant!.Path, i.Caption)).ToList())
        {
            Versions = a.Translations.Count == 0 ? [] : PageVersions.Article(language, a.Slug, a.Translations.Select(t => (t.Language, t.Slug))),
        }));
        // After the articles: a part of a long sitemap is cut by its articles' positions (ArticlesAmongUrls).
        urls.Add(new SitemapUrl(routes.Press, newest, []) { Versions = PageVersions.Everywhere(r => r.Press) });
        urls.AddRange(source.Authors.Select(l => Listing(FeedScope.Author(l.Slug), language, l) with { Versions = PageVersions.Everywhere(r => r.Author(l.Slug)) }));
        if (HasListingPage(endpoints, routes.CategoryPrefix))
            urls.AddRange(source.Categories.Select(l => Listing(FeedScope.Category(l.Slug), language, l)));
        if (HasListingPage(endpoints, routes.TagPrefix))
            urls.AddRange(source.Tags.Select(l => Listing(FeedScope.Tag(l.Slug), language, l)));
        urls.Add(new SitemapUrl(routes.PhotoTerms, null, []) { Versions = PageVersions.Everywhere(r => r.PhotoTerms) });
        urls.Add(new SitemapUrl(routes.Events, null, []) { Versions = PageVersions.Everywhere(r => r.Events) });
        return urls;
    }

    /// <summary>The positions of the articles among the URLs [from, to) of <see cref="Urls"/>: the home page comes first, the articles next.</summary>
    private static Range ArticlesAmongUrls(long from, long to) =>
        (int)Math.Clamp(from - 1, 0, int.MaxValue)..(int)Math.Clamp(to - 1, 0, int.MaxValue);

    private static SitemapUrl Listing(FeedScope scope, SiteLanguage language, SitemapListing listing) =>
        new(FeedLinks.PagePath(scope, language), listing.LastModifiedUtc, []);

    private static DateTime? Newest(IEnumerable<SitemapUrl> urls) => urls.Max(u => u.LastModifiedUtc);

    /// <summary>Whether a page is routed at <c>{prefix}{slug}</c>, e.g. <c>/rubrik/{slug}</c> or <c>/en/categories/{slug}</c> (category and tag pages are their own feature).</summary>
    private static bool HasListingPage(EndpointDataSource endpoints, string prefix)
    {
        var words = prefix.Trim('/').Split('/');
        return endpoints.Endpoints.OfType<RouteEndpoint>().Any(e =>
            e.RoutePattern.PathSegments.Count == words.Length + 1
            && words.Select((word, i) => e.RoutePattern.PathSegments[i].Parts is [RoutePatternLiteralPart literal]
                                          && literal.Content.Equals(word, StringComparison.OrdinalIgnoreCase)).All(matches => matches)
            && e.RoutePattern.PathSegments[^1].Parts is [RoutePatternParameterPart]);
    }
}
