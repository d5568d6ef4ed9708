using System.Xml;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Discovery;

/// <summary>A URL in a sitemap: site-relative path, last change, photos (site-relative path and caption).</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc, IReadOnlyList<(string Path, string? Caption)> Images);

/// <summary>Writes the sitemaps.org 0.9 formats with Google's image and news extensions.</summary>
public static class SitemapDocuments
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>A <c>urlset</c> with image entries, every location absolute on <paramref name="baseUrl"/>.</summary>
    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls, Uri baseUrl) => FeedDocuments.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "image", null, ImageNs);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, FeedDocuments.Absolute(baseUrl, url.Path));
            if (url.LastModifiedUtc is { } changed)
                xml.WriteElementString("lastmod", SitemapNs, SiteFormat.IsoDate(changed));
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
            xml.WriteElementString("loc", SitemapNs, FeedDocuments.Absolute(baseUrl, FeedDocuments.ArticlePath(entry.Slug)));
            xml.WriteStartElement("news", "news", NewsNs);
            xml.WriteStartElement("news", "publication", NewsNs);
            xml.WriteElementString("news", "name", NewsNs, site.Name);
            xml.WriteElementString("news", "language", NewsNs, site.Language);
            xml.WriteEndElement();
            xml.WriteElementString("news", "publication_date", NewsNs, SiteFormat.IsoDate(entry.PublishedUtc));
            xml.WriteElementString("news", "title", NewsNs, entry.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
