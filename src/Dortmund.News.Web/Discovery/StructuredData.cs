using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.PressPhotos;

namespace Dortmund.News.Web.Discovery;

/// <summary>A step of a breadcrumb trail: a name and a site path.</summary>
public sealed record Crumb(string Name, string Path);

/// <summary>
/// schema.org JSON-LD for <c>&lt;script type="application/ld+json"&gt;</c>. Serialized by
/// System.Text.Json with an encoder that always escapes &lt; &gt; &amp; and quotes, so no text
/// from content can close the script element; German letters stay readable.
/// </summary>
public static class StructuredData
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// A <c>NewsArticle</c>: headline, images (each an ImageObject with caption and credit), dates, authors, and the
    /// publisher with the article's press contacts as its <c>ContactPoint</c>s; its language versions
    /// (<paramref name="alternates"/>, itself among them): a translation names its German original as
    /// <c>translationOfWork</c> and its translator, the original its translations as <c>workTranslation</c>.
    /// </summary>
    public static string NewsArticle(ArticleView article, string canonical, Uri baseUrl, SiteOptions site, IReadOnlyList<Alternate> alternates)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = canonical },
            ["url"] = canonical,
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["inLanguage"] = article.Language,
            ["datePublished"] = SiteFormat.IsoDate(article.PublishedUtc),
            ["dateModified"] = SiteFormat.IsoDate(Updated(article)),
            ["image"] = new JsonArray(Images(article, baseUrl).ToArray<JsonNode?>()),
            ["author"] = new JsonArray(article.Authors.Select(a => (JsonNode?)Person(a, baseUrl)).ToArray()),
            ["publisher"] = Publisher(baseUrl, site, article.Contacts),
        };
        if (article.Category is { } category)
            json["articleSection"] = category.Name;
        if (article.Tags.Count > 0)
            json["keywords"] = string.Join(", ", article.Tags.Select(t => t.Name));
        var others = alternates.Where(a => a.Language.Code != article.Language).ToList();
        if (article.Language == Localization.SiteLanguage.German.Code)
        {
            if (others.Count > 0)
                json["workTranslation"] = new JsonArray([.. others.Select(a => (JsonNode?)Work(a))]);
        }
        else if (others.FirstOrDefault(a => a.Language == Localization.SiteLanguage.German) is { } original)
        {
            json["translationOfWork"] = Work(original);
        }
        if (article.Translator is { } translator)
            json["translator"] = new JsonObject { ["@type"] = "Person", ["name"] = translator };
        return json.ToJsonString(Options);
    }

    // Another language's version, by its address (its own page carries the rest).
    private static JsonObject Work(Alternate version) => new()
    {
        ["@type"] = "NewsArticle",
        ["@id"] = version.Url,
        ["url"] = version.Url,
        ["inLanguage"] = version.Language.Code,
    };

    /// <summary>A <c>BreadcrumbList</c> of absolute URLs.</summary>
    public static string Breadcrumbs(IReadOnlyList<Crumb> crumbs, Uri baseUrl) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray(crumbs.Select((c, i) => (JsonNode?)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = c.Name,
            ["item"] = FeedDocuments.Absolute(baseUrl, c.Path),
        }).ToArray()),
    }.ToJsonString(Options);

    /// <summary>The last change: the modification date when given and later, else the publication date.</summary>
    public static DateTime Updated(ArticleView article) =>
        article.ModifiedUtc is { } m && m > article.PublishedUtc ? m : article.PublishedUtc;

    /// <summary>
    /// The lead image first, then every gallery photo, each as its largest JPEG variant (images without
    /// variants are left out). A gallery photo carries its rights as Google's image licence metadata reads
    /// them: credit, copyright notice and creator from its credit, and the terms page as both its licence
    /// and where to acquire one.
    /// </summary>
    private static IEnumerable<JsonObject> Images(ArticleView article, Uri baseUrl)
    {
        var terms = FeedDocuments.Absolute(baseUrl, SiteRoutes.PhotoTerms);
        if (article.LeadImage is { } lead && article.Gallery.All(g => g.Path != lead.Path) && LargestVariant.Of(lead) is { } leadVariant)
            yield return ImageObject(baseUrl, leadVariant, lead.Alt, null, null, terms);
        var ordered = article.LeadImage is { } first
            ? article.Gallery.OrderBy(g => g.Path == first.Path ? 0 : 1).ThenBy(g => g.Position)
            : article.Gallery.OrderBy(g => g.Position);
        foreach (var photo in ordered)
        {
            if (LargestVariant.Of(photo) is { } variant)
                yield return ImageObject(baseUrl, variant, photo.Alt, photo.Caption, photo.Credit, terms);
        }
    }

    private static JsonObject ImageObject(Uri baseUrl, LargestVariant variant, string alt, string? caption, string? credit, string terms)
    {
        var url = FeedDocuments.Absolute(baseUrl, variant.Path);
        var image = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = url,
            ["contentUrl"] = url,
            ["encodingFormat"] = LargestVariant.MediaType,
            ["width"] = variant.Width,
            ["height"] = variant.Height,
            ["description"] = alt,
        };

        if (caption is not null)
            image["caption"] = caption;
        if (credit is not null)
        {
            image["creditText"] = credit;
            image["copyrightNotice"] = PhotoRights.CopyrightNoticeOf(credit);
            // The credit is the only name the content gives for who took the photo.
            image["creator"] = new JsonObject { ["@type"] = "Person", ["name"] = credit };
            image["license"] = terms;
            image["acquireLicensePage"] = terms;
        }

        return image;
    }

    private static JsonObject Person(AuthorLink author, Uri baseUrl)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.Name };
        if (author.Slug is not null)
            person["url"] = FeedDocuments.Absolute(baseUrl, FeedLinks.PagePath(FeedScope.Author(author.Slug)));
        return person;
    }

    private static JsonObject Publisher(Uri baseUrl, SiteOptions site, IReadOnlyList<ContactView> contacts)
    {
        var publisher = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = site.Name,
            ["url"] = baseUrl.AbsoluteUri,
            ["logo"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = FeedDocuments.Absolute(baseUrl, SiteLogo.Path),
                ["width"] = SiteLogo.Width,
                ["height"] = SiteLogo.Height,
            },
        };
        if (contacts.Count > 0)
            publisher["contactPoint"] = new JsonArray(contacts.Select(c => (JsonNode?)ContactPoint(c, baseUrl)).ToArray());
        return publisher;
    }

    /// <summary>A press contact as a <c>ContactPoint</c>: the telephone in E.164, as schema.org recommends for international numbers.</summary>
    private static JsonObject ContactPoint(ContactView contact, Uri baseUrl) => new()
    {
        ["@type"] = "ContactPoint",
        ["contactType"] = "press",
        ["name"] = contact.Name,
        ["email"] = contact.Email,
        ["telephone"] = contact.PhoneE164,
        ["url"] = FeedDocuments.Absolute(baseUrl, SiteRoutes.ContactCardPath(contact.Slug)),
    };
}
