using Dortmund.News.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dortmund.News.Web.Discovery;

/// <summary>The <c>Site</c> settings: where the site lives publicly and what it calls itself.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The public origin every absolute URL is built from (feeds, sitemaps, canonical links, Open
    /// Graph), e.g. <c>https://dortmund.news</c>. Empty: taken from the request (scheme and host,
    /// after forwarded headers when those are enabled).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The publication's name, as in the Google News sitemap and the publisher markup.</summary>
    public string Name { get; set; } = "Dortmund.News";

    /// <summary>What the site is, for feeds and the home page, in the default language (German).</summary>
    public string Description { get; set; } = "Pressemitteilungen der Wirtschaftsförderung Dortmund.";

    /// <summary>What the site is in <paramref name="language"/>: <see cref="Description"/>, or for another language its resource text.</summary>
    public string DescriptionIn(SiteLanguage language, IStringLocalizer text) =>
        language == SiteLanguage.German ? Description : text["Site.Description"];

    /// <summary>Language of the default language's publication (ISO 639), as the Google News sitemap wants it.</summary>
    public string Language { get; set; } = "de";

    /// <summary>Honour X-Forwarded-For/-Proto/-Host from a reverse proxy.</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>
    /// Proxies whose forwarded headers are believed: IP addresses or CIDR networks; <c>*</c> trusts
    /// any sender (only when the site is reachable solely through the proxy). Empty: loopback only.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>The publisher's imprint (Impressum), linked in the footer of every page; empty: no link.</summary>
    public string ImprintUrl { get; set; } = "";

    /// <summary>The publisher's privacy statement (Datenschutzerklärung), linked in the footer; empty: no link.</summary>
    public string PrivacyUrl { get; set; } = "";

    /// <summary>
    /// How many URLs one sitemap file lists before <c>sitemap.xml</c> becomes an index. The protocol allows
    /// 50,000; 1,000 (as Yoast SEO) keeps each file small enough to render and cache cheaply
    /// (docs/performance.md, Memory).
    /// </summary>
    public int SitemapMaxUrls { get; set; } = 1_000;
}
