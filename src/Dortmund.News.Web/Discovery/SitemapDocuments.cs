using System.Xml;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Discovery;

/// <summary>A URL in a sitemap: site-relative path, last change, photos (site-relative path and caption).</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc, IReadOnlyList<(string Path, string? Caption)> Images)
{
    /// <summary>
    /// The page in every language it exists in, itself included, as its head's <c>hreflang</c> alternates name them;
    /// empty for a page in one language only (the sitemap then names none).
    /// </summary>
    public IReadOnlyList<PageVersion> Versions { get; init; } = [];
}

/// <summary>Writes the sitemaps.org 0.9 formats with Google's image and news extensions.</summary>
public static class SitemapDocuments
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// A <c>urlset</c> with image entries and each page's language versions (<c>xhtml:link</c>, as Google reads them:
    /// every version, itself included, and the German one as <c>x-default</c>), every location absolute on <paramref name="baseUrl"/>.
    /// </summary>
    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls, Uri baseUrl) => FeedDocuments.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "image", null, ImageNs);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, FeedDocuments.Absolute(baseUrl, url.Path));
            if (url.LastModifiedUtc is { } changed)
                xml.WriteElementString("lastmod", SitemapNs, SiteFormat.IsoDate(changed));
            foreach (var version in url.Versions)
                WriteAlternate(xml, version.Language.Code, FeedDocuments.Absolute(baseUrl, version.Path));
            if (url.Versions.FirstOrDefault(v => v.Language == SiteLanguage.German) is { } fallback)
                WriteAlternate(xml, "x-default", FeedDocuments.Absolute(baseUrl, fallback.Path));
            foreach (var (path, caption) in url.Images)
            {
                xml.WriteStartElement("image", "image", ImageNs);
                xml.WriteElementString("image", "loc", ImageNs, FeedDocuments.Absolute(baseUrl, path));
                if (caption is not null)
                    xml.WriteElementString("image", "caption", ImageNs, caption);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void WriteAlternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNs);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>A <c>sitemapindex</c> naming the parts of a sitemap too large for one file.</summary>
    public static byte[] Index(IEnumerable<(string Location, DateTime? LastModifiedUtc)> parts) => FeedDocuments.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var (location, changed) in parts)
        {
            xml.WriteStartElement("sitemap", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, location);
            if (changed is { } c)
                xml.WriteElementString("lastmod", SitemapNs, SiteFormat.IsoDate(c));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>A Google News sitemap: publication name and language, publication date and title per article.</summary>
    public static byte[] News(IEnumerable<NewsSitemapEntry> entries, Uri baseUrl, SiteOptions site) => FeedDocuments.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "news", null, NewsNs);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", SitemapNs);
            var language = SiteLanguage.ByCode(entry.Language);
            xml.WriteElementString("loc", SitemapNs, FeedDocuments.Absolute(baseUrl, language.Routes.Article(entry.Slug)));
            xml.WriteStartElement("news", "news", NewsNs);
            xml.WriteStartElement("news", "publication", NewsNs);
            xml.WriteElementString("news", "name", NewsNs, site.Name);
            // The article's language: a German article carries the site's setting (Site:Language), an English one "en".
            xml.WriteElementString("news", "language", NewsNs, language == SiteLanguage.German ? site.Language : language.Code);
            xml.WriteEndElement();
            xml.WriteElementString("news", "publication_date", NewsNs, SiteFormat.IsoDate(entry.PublishedUtc));
            xml.WriteElementString("news", "title", NewsNs, entry.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
