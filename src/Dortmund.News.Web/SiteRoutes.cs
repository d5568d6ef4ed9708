namespace Dortmund.News.Web;

/// <summary>
/// The site's URLs, defined once. Their German words are how visitors, feed readers, search engines and
/// editors' links know the site, so they never change. Each page's <c>@page</c> directive repeats its
/// template from here, as Razor takes only a literal there (SiteRoutesTests pins every page to its entry);
/// links, feeds, sitemaps and the page cache build on the prefixes, and the catalogue is given
/// <see cref="ArticlePrefix"/> for the editors' links and aliases it checks.
/// </summary>
public static class SiteRoutes
{
    // Pages, as their @page templates.
    public const string Home = "/";
    public const string Article = ArticlePrefix + "{slug}";
    public const string Author = AuthorPrefix + "{slug}";
    public const string Category = CategoryPrefix + "{slug}";
    public const string Tags = "/themen";
    public const string Tag = TagPrefix + "{slug}";
    public const string Archive = "/archiv";
    public const string ArchivePeriod = ArchivePrefix + "{jahr}/{monat?}";
    public const string Search = "/suche";
    public const string Press = "/presse";
    public const string Error = ErrorPrefix + "{code:int}";
    public const string Events = "/termine";
    public const string PastEvents = Events + "/vergangen";

    // What the address of one article, author, category, tag, archive year or error starts with.
    public const string ArticlePrefix = "/artikel/";
    public const string AuthorPrefix = "/autoren/";
    public const string CategoryPrefix = "/rubrik/";
    public const string TagPrefix = Tags + "/";
    public const string ArchivePrefix = Archive + "/";
    public const string ErrorPrefix = "/fehler/";

    // The press room's own addresses: a contact's vCard, and the terms of use of the photos.
    public const string PressPrefix = Press + "/";
    public const string ContactCardPrefix = PressPrefix + "kontakte/";
    public const string ContactCard = ContactCardPrefix + "{slug}" + ContactCardExtension;
    public const string ContactCardExtension = ".vcf";
    public const string PhotoTerms = PressPrefix + "bildrechte";

    // Feeds: the whole site's at the root, a category's, tag's or author's below its page (/rubrik/{slug}/feed.xml).
    public const string RssFeed = "/feed.xml";
    public const string AtomFeed = "/atom.xml";

    // For search engines.
    public const string Sitemap = "/sitemap.xml";
    public const string SitemapPart = "/sitemap-{part:int}.xml";
    public const string NewsSitemap = "/sitemap-news.xml";
    public const string Robots = "/robots.txt";

    // Image files: the resized variants, and where the originals used to be served (now redirects).
    public const string ImageVariants = "/bilder";
    public const string OriginalImages = "/medien";

    // An article's files for download (attachments:), under its own address and ending in their file name.
    public const string ArticleAttachment = Article + AttachmentFolder + "{file}";
    public const string AttachmentFolder = "/anhaenge/";

    // Calendars: an article's event, and every event to subscribe to.
    public const string ArticleEventCalendar = Article + "/termin.ics";
    public const string EventCalendar = Events + ".ics";

    // A scheduled article shown before its moment to the holders of a signed link (an embargo), and its files.
    // Never cached by the site or a proxy.
    public const string EmbargoPrefix = "/vorab/";
    public const string Embargo = EmbargoPrefix + "{token}";
    public const string EmbargoAttachment = Embargo + AttachmentFolder + "{file}";
    // An article's photos to download, with their rights inside: each gallery photo as a JPEG, and all of them as a ZIP.
    public const string ArticlePhotoDownload = Article + PhotoDownloadFolder + "{file}";
    public const string PhotoDownloadFolder = "/fotos/";

    // For load balancers and the editors' preview; never cached.
    public const string Liveness = "/healthz";
    public const string Readiness = "/readyz";
    public const string EditorPreviewState = "/_vorschau/stand";

    /// <summary>
    /// The English pages: under <c>/en/</c>, with English path words, one beside each German page (the same page
    /// classes, routed twice by <c>Localization/LanguageExtensions</c>). Files (photos, attachments, calendars,
    /// vCards) keep their one address, but for an English article's attachments, below its own address.
    /// </summary>
    public static class English
    {
        public const string Root = "/en";
        public const string Home = Root + "/";
        public const string Article = ArticlePrefix + "{slug}";
        public const string Author = AuthorPrefix + "{slug}";
        public const string Category = CategoryPrefix + "{slug}";
        public const string Tags = Root + "/topics";
        public const string Tag = TagPrefix + "{slug}";
        public const string Archive = Root + "/archive";
        public const string ArchivePeriod = ArchivePrefix + "{jahr}/{monat?}";
        public const string Search = Root + "/search";
        public const string Press = Root + "/press";
        public const string PhotoTerms = Press + "/photo-rights";
        public const string Events = Root + "/events";
        public const string PastEvents = Events + "/past";

        public const string ArticlePrefix = Root + "/articles/";
        public const string AuthorPrefix = Root + "/authors/";
        public const string CategoryPrefix = Root + "/categories/";
        public const string TagPrefix = Tags + "/";
        public const string ArchivePrefix = Archive + "/";

        public const string ArticleAttachment = Article + AttachmentFolder + "{file}";

        public const string RssFeed = Root + SiteRoutes.RssFeed;
        public const string AtomFeed = Root + SiteRoutes.AtomFeed;
    }

    /// <summary>The download of <paramref name="fileName"/> below an article's address or its embargo link's: <see cref="ArticleAttachment"/>.</summary>
    public static string AttachmentPath(string basePath, string fileName) => basePath + AttachmentFolder + Uri.EscapeDataString(fileName);

    /// <summary>The calendar file of the article's event: <see cref="ArticleEventCalendar"/>.</summary>
    public static string ArticleEventCalendarPath(string slug) => ArticlePrefix + Uri.EscapeDataString(slug) + "/termin.ics";

    /// <summary>The embargo page of a token: <see cref="Embargo"/>.</summary>
    public static string EmbargoPath(string token) => EmbargoPrefix + token;
    /// <summary>The vCard of the contact with this slug: <see cref="ContactCard"/>.</summary>
    public static string ContactCardPath(string slug) => ContactCardPrefix + Uri.EscapeDataString(slug) + ContactCardExtension;
    /// <summary>The address of <paramref name="file"/> among the photo downloads of the article <paramref name="slug"/>: <see cref="ArticlePhotoDownload"/>.</summary>
    public static string ArticlePhotoDownloadPath(string slug, string file) => ArticlePrefix + slug + PhotoDownloadFolder + file;

    /// <summary>Part <paramref name="part"/> (from 1) of a sitemap too long for one file: <see cref="SitemapPart"/>.</summary>
    public static string SitemapPartPath(int part) => $"/sitemap-{part}.xml";
}
