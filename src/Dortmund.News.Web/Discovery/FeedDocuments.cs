using System.Globalization;
using System.Text;
using System.Xml;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Pages;
using Microsoft.Extensions.Localization;

namespace Dortmund.News.Web.Discovery;

/// <summary>Writes a feed as RSS 2.0 or Atom 1.0: full, link-absolute HTML, authors, categories and the article image.</summary>
public static class FeedDocuments
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    /// <summary>
    /// RSS 2.0: summary in <c>description</c>, the full HTML in <c>content:encoded</c>, authors as <c>dc:creator</c>;
    /// <paramref name="enclosureOf"/> gives an entry's image as a file the site serves (null: no enclosure).
    /// </summary>
    public static byte[] Rss(FeedSource feed, Uri baseUrl, SiteOptions site, IStringLocalizer text, Func<FeedImage, FeedEnclosure?> enclosureOf)
    {
        var self = Absolute(baseUrl, FeedLinks.RssPath(feed.Scope));
        return Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "media", null, MediaNs);
            xml.WriteStartElement("channel");
            var title = FeedLinks.Title(feed.Scope, feed.Name, site.Name, text);
            var page = Absolute(baseUrl, FeedLinks.PagePath(feed.Scope));
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", page);
            var description = site.DescriptionIn(SiteLanguage.Current, text);
            xml.WriteElementString("description", feed.Scope.Kind == FeedKind.Site ? description : $"{title}. {description}");
            xml.WriteElementString("language", SiteLanguage.Current.Code);
            if (feed.Entries.Count > 0)
                xml.WriteElementString("lastBuildDate", Rfc822(feed.Entries.Max(e => e.UpdatedUtc)));
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", self);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", FeedLinks.RssType);
            xml.WriteEndElement();
            xml.WriteStartElement("image");
            xml.WriteElementString("url", Absolute(baseUrl, SiteLogo.Path));
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", page);
            xml.WriteEndElement();

            foreach (var entry in feed.Entries)
            {
                var url = Absolute(baseUrl, ArticlePath(entry.Slug));
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.PublishedUtc));
                foreach (var author in entry.Authors)
                    xml.WriteElementString("dc", "creator", DcNs, author.Name);
                if (entry.Category is { } category)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("domain", Absolute(baseUrl, FeedLinks.PagePath(FeedScope.Category(category.Slug))));
                    xml.WriteString(category.Name);
                    xml.WriteEndElement();
                }

                foreach (var tag in entry.Tags)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("domain", Absolute(baseUrl, FeedLinks.PagePath(FeedScope.Tag(tag.Slug))));
                    xml.WriteString(tag.Name);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("description", entry.Summary);
                xml.WriteStartElement("content", "encoded", ContentNs);
                xml.WriteCData(CData(AbsoluteLinks.Rewrite(entry.Html, new Uri(url))));
                xml.WriteEndElement();
                if (entry.Image is { } image && enclosureOf(image) is { } enclosure)
                {
                    xml.WriteStartElement("enclosure");
                    xml.WriteAttributeString("url", Absolute(baseUrl, enclosure.Variant.Path));
                    xml.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("type", LargestVariant.MediaType);
                    xml.WriteEndElement();
                    WriteMedia(xml, baseUrl, enclosure);
                }

                // RSS takes one enclosure (the image); the files go as Media RSS documents.
                foreach (var file in entry.Attachments)
                {
                    xml.WriteStartElement("media", "content", MediaNs);
                    xml.WriteAttributeString("url", AttachmentUrl(baseUrl, entry, file));
                    xml.WriteAttributeString("fileSize", file.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("type", file.Type.MediaType);
                    xml.WriteAttributeString("medium", "document");
                    xml.WriteElementString("media", "title", MediaNs, file.Title);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>Atom 1.0: summary as text, the full HTML as <c>content type="html"</c>, authors with their profile URL.</summary>
    public static byte[] Atom(FeedSource feed, Uri baseUrl, SiteOptions site, IStringLocalizer text, Func<FeedImage, FeedEnclosure?> enclosureOf)
    {
        var self = Absolute(baseUrl, FeedLinks.AtomPath(feed.Scope));
        return Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xmlns", "media", null, MediaNs);
            xml.WriteAttributeString("xml", "lang", null, SiteLanguage.Current.Code);
            var title = FeedLinks.Title(feed.Scope, feed.Name, site.Name, text);
            xml.WriteElementString("id", AtomNs, self);
            WriteText(xml, "title", title);
            WriteText(xml, "subtitle", site.DescriptionIn(SiteLanguage.Current, text));
            // Atom requires <updated>; an empty feed has not changed since the epoch of its content.
            xml.WriteElementString("updated", AtomNs, Rfc3339(feed.Entries.Count > 0 ? feed.Entries.Max(e => e.UpdatedUtc) : DateTime.UnixEpoch));
            WriteLink(xml, "self", FeedLinks.AtomType, self);
            WriteLink(xml, "alternate", "text/html", Absolute(baseUrl, FeedLinks.PagePath(feed.Scope)));
            // A feed-level author covers entries whose article names none (Atom requires one or the other).
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, site.Name);
            xml.WriteElementString("uri", AtomNs, baseUrl.AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteElementString("logo", AtomNs, Absolute(baseUrl, SiteLogo.Path));

            foreach (var entry in feed.Entries)
            {
                var url = Absolute(baseUrl, ArticlePath(entry.Slug));
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("id", AtomNs, url);
                WriteText(xml, "title", entry.Title);
                WriteLink(xml, "alternate", "text/html", url);
                xml.WriteElementString("published", AtomNs, Rfc3339(entry.PublishedUtc));
                xml.WriteElementString("updated", AtomNs, Rfc3339(entry.UpdatedUtc));
                foreach (var author in entry.Authors)
                {
                    xml.WriteStartElement("author", AtomNs);
                    xml.WriteElementString("name", AtomNs, author.Name);
                    if (author.Slug is not null)
                        xml.WriteElementString("uri", AtomNs, Absolute(baseUrl, FeedLinks.PagePath(FeedScope.Author(author.Slug))));
                    xml.WriteEndElement();
                }

                if (entry.Category is { } category)
                    WriteCategory(xml, category, Absolute(baseUrl, SiteRoutes.CategoryPrefix));
                foreach (var tag in entry.Tags)
                    WriteCategory(xml, tag, Absolute(baseUrl, SiteRoutes.TagPrefix));
                WriteText(xml, "summary", entry.Summary);
                xml.WriteStartElement("content", AtomNs);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(AbsoluteLinks.Rewrite(entry.Html, new Uri(url)));
                xml.WriteEndElement();
                if (entry.Image is { } image && enclosureOf(image) is { } enclosure)
                {
                    xml.WriteStartElement("link", AtomNs);
                    xml.WriteAttributeString("rel", "enclosure");
                    xml.WriteAttributeString("type", LargestVariant.MediaType);
                    xml.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("href", Absolute(baseUrl, enclosure.Variant.Path));
                    xml.WriteEndElement();
                    WriteMedia(xml, baseUrl, enclosure);
                }

                foreach (var file in entry.Attachments)
                {
                    xml.WriteStartElement("link", AtomNs);
                    xml.WriteAttributeString("rel", "enclosure");
                    xml.WriteAttributeString("type", file.Type.MediaType);
                    xml.WriteAttributeString("length", file.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("title", file.Title);
                    xml.WriteAttributeString("href", AttachmentUrl(baseUrl, entry, file));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static string AttachmentUrl(Uri baseUrl, FeedEntry entry, AttachmentView file) =>
        Absolute(baseUrl, SiteRoutes.AttachmentPath(ArticlePath(entry.Slug), file.FileName));

    /// <summary>An article's page in the feed's language (and its files' folder).</summary>
    public static string ArticlePath(string slug) => SiteLanguage.Current.Routes.Article(slug);

    /// <summary>Media RSS: the same file as the enclosure, with its size in pixels and bytes, description and credit.</summary>
    private static void WriteMedia(XmlWriter xml, Uri baseUrl, FeedEnclosure enclosure)
    {
        var (variant, image) = (enclosure.Variant, enclosure.Image);
        xml.WriteStartElement("media", "content", MediaNs);
        xml.WriteAttributeString("url", Absolute(baseUrl, variant.Path));
        xml.WriteAttributeString("fileSize", enclosure.Length.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", LargestVariant.MediaType);
        xml.WriteAttributeString("medium", "image");
        xml.WriteAttributeString("width", variant.Width.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("height", variant.Height.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("media", "description", MediaNs, image.Caption ?? image.Alt);
        if (image.Credit is not null)
            xml.WriteElementString("media", "credit", MediaNs, image.Credit);
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, AtomNs);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteCategory(XmlWriter xml, TaxonomyLink link, string scheme)
    {
        xml.WriteStartElement("category", AtomNs);
        xml.WriteAttributeString("term", link.Slug);
        xml.WriteAttributeString("scheme", scheme);
        xml.WriteAttributeString("label", link.Name);
        xml.WriteEndElement();
    }

    /// <summary>A CDATA section cannot contain its own terminator; split it across two sections.</summary>
    private static string CData(string text) => text.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal);

    public static string Absolute(Uri baseUrl, string path) => new Uri(baseUrl, path.TrimStart('/')).AbsoluteUri;

    private static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
