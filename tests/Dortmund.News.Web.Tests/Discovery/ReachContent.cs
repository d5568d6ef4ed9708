using Dortmund.News.Content.Translations;
using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>
/// The seed press releases plus 22 more, and one each of draft, scheduled and expired, so the
/// feeds (20 newest) and sitemaps have something to leave out.
/// </summary>
internal static class ReachContent
{
    public const string BaseUrl = "https://news.example";

    /// <summary>The site with <see cref="BaseUrl"/> and any extra settings.</summary>
    public static SiteFactory Site(TempContent content, string environment = "Production", TimeProvider? time = null,
        Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Site:BaseUrl"] = BaseUrl };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        return new SiteFactory(content, environment) { Settings = all, Time = time };
    }

    /// <summary>Writes 22 dated articles (June 2026) by Jäger with category and tags, and the three that must stay hidden.</summary>
    public static void WriteMany(TempContent content)
    {
        for (var day = 1; day <= 22; day++)
        {
            var body = day == 22
                ? "Siehe [Kontakt](/kontakt), ![Ein Bild](bild.jpg) und [Abschnitt](#teil) sowie [extern](https://example.org/x)."
                : $"Absatz {day}.";
            content.WriteArticle($"meldung-{day:00}", $"Meldung {day}", $"2026-06-{day:00}T09:00:00+02:00", body,
                $"authors: [jaeger]\ncategory: Wirtschaft\ntags: [Test, Tag {day % 2}]\nsummary: Kurz {day}\n"
                + (day == 5 ? "lastmod: 2026-07-01T12:00:00+02:00\n" : ""));
        }

        content.WriteArticle("entwurf", "Entwurf", "2026-11-20", extraFrontMatter: "draft: true\ncategory: Wirtschaft\ntags: [Test]\nauthors: [jaeger]\n");
        content.WriteArticle("zukunft", "Zukunft", "2099-01-01", extraFrontMatter: "category: Wirtschaft\ntags: [Test]\nauthors: [jaeger]\n");
        content.WriteArticle("abgelaufen", "Abgelaufen", "2026-11-15", extraFrontMatter: "expires: 2026-11-16\ncategory: Wirtschaft\ntags: [Test]\nauthors: [jaeger]\n");
    }

    /// <summary>The public articles as the catalogue has them, newest first, with everything a feed or sitemap shows.</summary>
    public static List<ArticleEntry> PublicArticles(SiteFactory site, DateTime nowUtc, string language = Languages.German)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Category).Include(a => a.Tags).ThenInclude(t => t.Tag).Include(a => a.Authors).Include(a => a.Gallery)
            .Where(a => a.Language == language && !a.Draft && a.PublishedUtc <= nowUtc && (a.ExpiresUtc == null || a.ExpiresUtc > nowUtc))
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .ToList();
    }
}
