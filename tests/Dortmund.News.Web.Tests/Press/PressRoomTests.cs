using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dortmund.News.Catalogue;
using Dortmund.News.Testing;
using Dortmund.News.Web.Caching;
using Dortmund.News.Web.Tests.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Press;

/// <summary>The press contact on every article, the contacts' vCards, the press room, the boilerplate and the footer.</summary>
public sealed partial class PressRoomTests : IDisposable
{
    private const string Korea = "/artikel/besuch-suedkoreanische-delegation";
    private const string Hokkaido = "/artikel/erkundungsbesuch-delegation-hokkaido";
    private const string DefaultCard = "/presse/kontakte/pressestelle.vcf";

    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    private void WriteAnna(string name = "Anna Albers") => _content.Write("contacts/anna.md",
        $"---\nname: {name}\nrole: Pressesprecherin\norganisation: Wirtschaftsförderung Dortmund\nemail: anna@example.org\n"
        + "phone: +49 30 23125 010\nmobile: +49 30 23125 011\n---\nMontags bis freitags.\n");

    [Fact]
    public async Task An_article_shows_the_default_contact_under_Pressekontakt_after_the_boilerplate()
    {
        await using var site = new SiteFactory(_content);

        var html = await site.CreateVisitor().GetStringAsync(Korea);

        var block = PressContactBlock(html);
        Assert.Contains("<p class=\"contact-name\">Pressestelle (Platzhalter)</p>", block);
        Assert.Contains("<a href=\"mailto:presse@example.org\">presse@example.org</a>", block);
        Assert.Contains("<a href=\"tel:+493023125000\">+49 30 23125 000</a>", block);
        Assert.Contains($"<a href=\"{DefaultCard}\" download>", block);
        // The release closes with the boilerplate, then the contact; related articles follow.
        var body = html.IndexOf("class=\"article-body\"", StringComparison.Ordinal);
        var boilerplate = html.IndexOf("<h2 id=\"ueber-uns\">Über die Wirtschaftsförderung Dortmund</h2>", StringComparison.Ordinal);
        var contact = html.IndexOf("<h2 id=\"pressekontakt\">Pressekontakt</h2>", StringComparison.Ordinal);
        var related = html.IndexOf("id=\"weitere-artikel\"", StringComparison.Ordinal);
        Assert.True(body < boilerplate && boilerplate < contact && contact < related, $"{body} {boilerplate} {contact} {related}");
        Assert.Contains("Platzhalter: Den Text über die Wirtschaftsförderung Dortmund", html);
    }

    [Fact]
    public async Task An_article_naming_contacts_shows_those_with_their_mobile_numbers_and_not_the_default()
    {
        WriteAnna();
        _content.WriteArticle("mit-kontakt", "Mit Kontakt", "2026-01-01", extraFrontMatter: "contacts: [anna]\n");
        await using var site = new SiteFactory(_content);

        var block = PressContactBlock(await site.CreateVisitor().GetStringAsync("/artikel/mit-kontakt"));

        Assert.Contains("<p class=\"contact-name\">Anna Albers</p>", block);
        Assert.Contains("<p class=\"contact-role\">Pressesprecherin, Wirtschaftsförderung Dortmund</p>", block);
        Assert.Contains("<a href=\"tel:+493023125011\">+49 30 23125 011</a>", block);
        Assert.DoesNotContain("Pressestelle", block);
        // The contact's note is for the press room; article pages stay light.
        Assert.DoesNotContain("Montags bis freitags.", block);
    }

    [Fact]
    public async Task A_contacts_vcard_is_a_vcard_download_and_an_unknown_one_is_not_found()
    {
        await using var site = ReachContent.Site(_content);
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync(DefaultCard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("pressestelle.vcf", response.Content.Headers.ContentDisposition.FileName);
        var card = await response.Content.ReadAsStringAsync();
        VCardTests.AssertWellFormed(card);
        Assert.Contains("\r\nFN:Pressestelle (Platzhalter)\r\n", card);
        Assert.Contains("\r\nORG:Wirtschaftsförderung Dortmund\r\n", card);
        Assert.Contains("\r\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+493023125000\r\n", card);
        Assert.Contains($"\r\nSOURCE:{ReachContent.BaseUrl}{DefaultCard}\r\n", card);
        Assert.Contains($"\r\nURL:{ReachContent.BaseUrl}/presse\r\n", card);

        var again = new HttpRequestMessage(HttpMethod.Get, DefaultCard);
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(response.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);
        var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, DefaultCard));
        Assert.Equal((HttpStatusCode.OK, "text/vcard"), (head.StatusCode, head.Content.Headers.ContentType!.MediaType));

        foreach (var unknown in (string[])["/presse/kontakte/niemand.vcf", "/presse/kontakte/pressestelle", "/presse/kontakte/..%2Fpressestelle.vcf"])
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(unknown)).StatusCode);
    }

    [Fact]
    public async Task The_press_room_shows_contacts_newest_releases_photo_terms_feeds_and_the_boilerplate()
    {
        WriteAnna();
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync("/presse");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Presse</h1>", html);
        var names = ContactName().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Pressestelle (Platzhalter)", "Anna Albers"], names);
        Assert.Contains("<div class=\"contact-note\"><p>Montags bis freitags.</p>", html);
        Assert.Contains($"href=\"{Korea}\"", html);
        Assert.Contains($"href=\"{Hokkaido}\"", html);
        Assert.Contains("<h2 id=\"fotos\" class=\"section-heading\">Fotos und Bildrechte</h2>", html);
        // The photo terms are linked once the site has that page (a feature of its own), never as a 404.
        var photoTerms = (await visitor.GetAsync("/presse/bildrechte")).StatusCode == HttpStatusCode.OK;
        Assert.Equal(photoTerms, html.Contains("href=\"/presse/bildrechte\"", StringComparison.Ordinal));
        foreach (var feed in (string[])["/feed.xml", "/atom.xml", "/rubrik/wirtschaftsfoerderung-international/feed.xml", "/themen/delegation/atom.xml"])
        {
            Assert.Contains($"href=\"{feed}\"", html);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(feed)).StatusCode);
        }

        Assert.Contains("<h2 id=\"ueber-uns\">Über die Wirtschaftsförderung Dortmund</h2>", html);
        Assert.Contains("Postanschrift folgt (Platzhalter)", html);
        Assert.DoesNotContain("E-Mail-Benachrichtigung", html);
    }

    [Fact]
    public async Task Every_page_has_the_footer_with_address_press_contact_feeds_and_press_room()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var path in (string[])["/", Korea, "/themen", "/presse", "/gibt-es-nicht"])
        {
            var html = await (await visitor.GetAsync(path)).Content.ReadAsStringAsync();
            var footer = WebUtility.HtmlDecode(html[html.IndexOf("<footer class=\"site-footer\">", StringComparison.Ordinal)..]);
            Assert.Contains("Postanschrift folgt (Platzhalter)", footer);
            Assert.Contains("Pressestelle (Platzhalter)", footer);
            Assert.Contains("<a href=\"mailto:presse@example.org\">", footer);
            Assert.Contains("<a href=\"tel:+493023125000\">", footer);
            Assert.Contains("<a href=\"/feed.xml\"", footer);
            Assert.Contains("<a href=\"/atom.xml\"", footer);
            Assert.Contains("<a href=\"/presse\">Presseraum</a>", footer);
        }

        Assert.Contains("<a href=\"/presse\" aria-current=\"page\">Presse</a>", await visitor.GetStringAsync("/presse"));
    }

    [Fact]
    public async Task A_footer_whose_press_matter_cannot_be_read_is_left_without_it_and_the_page_still_renders()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        await visitor.GetAsync("/");
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE Contacts");

        var response = await visitor.GetAsync("/themen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var footer = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Split("<footer class=\"site-footer\">")[1];
        Assert.DoesNotContain("Pressestelle (Platzhalter)", footer);
        Assert.Contains("<a href=\"/presse\">Presseraum</a>", footer);
    }

    [Fact]
    public async Task Editing_the_default_contact_renders_every_page_showing_it_anew()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        string[] pages = [Korea, Hokkaido, "/presse", "/", DefaultCard];
        var before = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            before[page] = await RenderIdAsync(visitor, page);
            Assert.Equal(before[page], await RenderIdAsync(visitor, page)); // cached
        }

        var file = Path.Combine(_content.ContentPath, "contacts/pressestelle.md");
        _content.Write("contacts/pressestelle.md", File.ReadAllText(file).Replace("name: Pressestelle (Platzhalter)", "name: Pressestelle Neu (Platzhalter)"));
        await site.SyncAsync();

        foreach (var page in pages)
        {
            Assert.NotEqual(before[page], await RenderIdAsync(visitor, page));
            Assert.Contains("Pressestelle Neu (Platzhalter)", await visitor.GetStringAsync(page));
        }
    }

    [Fact]
    public async Task Editing_another_contact_renders_the_articles_naming_it_and_the_press_room_anew_and_keeps_the_others()
    {
        WriteAnna();
        _content.WriteArticle("mit-kontakt", "Mit Kontakt", "2026-01-01", extraFrontMatter: "contacts: [anna]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var naming = await RenderIdAsync(visitor, "/artikel/mit-kontakt");
        var room = await RenderIdAsync(visitor, "/presse");
        var other = await RenderIdAsync(visitor, Korea);

        WriteAnna("Anna Albers-Neu");
        await site.SyncAsync();

        Assert.NotEqual(naming, await RenderIdAsync(visitor, "/artikel/mit-kontakt"));
        Assert.NotEqual(room, await RenderIdAsync(visitor, "/presse"));
        Assert.Equal(other, await RenderIdAsync(visitor, Korea));
        Assert.Contains("Anna Albers-Neu", await visitor.GetStringAsync("/artikel/mit-kontakt"));
        Assert.Contains("FN:Anna Albers-Neu", await visitor.GetStringAsync("/presse/kontakte/anna.vcf"));
    }

    [Fact]
    public async Task Editing_the_boilerplate_renders_the_articles_and_the_press_room_anew()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var article = await RenderIdAsync(visitor, Korea);
        var room = await RenderIdAsync(visitor, "/presse");

        _content.Write("boilerplate.md", "---\ntitle: Über die Wirtschaftsförderung Dortmund\naddress: [Neue Anschrift (Platzhalter)]\n---\nNeuer Text (Platzhalter).\n");
        await site.SyncAsync();

        Assert.NotEqual(article, await RenderIdAsync(visitor, Korea));
        Assert.NotEqual(room, await RenderIdAsync(visitor, "/presse"));
        var html = await visitor.GetStringAsync(Korea);
        Assert.Contains("Neuer Text (Platzhalter).", html);
        Assert.Contains("Neue Anschrift (Platzhalter)", html[html.IndexOf("<footer", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task An_articles_json_ld_publisher_carries_its_press_contacts_as_ContactPoints()
    {
        await using var site = ReachContent.Site(_content);
        var html = await site.CreateVisitor().GetStringAsync(Korea);

        var article = JsonLd().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "NewsArticle");
        var point = Assert.Single(article.GetProperty("publisher").GetProperty("contactPoint").EnumerateArray());

        Assert.Equal("ContactPoint", point.GetProperty("@type").GetString());
        Assert.Equal("press", point.GetProperty("contactType").GetString());
        Assert.Equal("Pressestelle (Platzhalter)", point.GetProperty("name").GetString());
        Assert.Equal("presse@example.org", point.GetProperty("email").GetString());
        Assert.Equal("+493023125000", point.GetProperty("telephone").GetString());
        Assert.Equal(ReachContent.BaseUrl + DefaultCard, point.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_sitemap_lists_the_press_room()
    {
        await using var site = ReachContent.Site(_content);

        var xml = await site.CreateVisitor().GetStringAsync("/sitemap.xml");

        Assert.Contains($"<loc>{ReachContent.BaseUrl}/presse</loc>", xml);
    }

    [Fact]
    public async Task Hostile_contact_text_is_escaped_on_pages_and_cannot_add_a_line_to_the_vcard()
    {
        _content.Write("contacts/boese.md",
            "---\nname: \"<script>alert(1)</script>\\nEMAIL:boese@example.org\"\nrole: \"x\\\" onmouseover=\\\"alert(1)\"\n"
            + "organisation: \"A;B,C\"\nemail: boese@example.org\nphone: +49 30 23125 099\n---\n<img src=x onerror=alert(1)>Notiz\n");
        _content.WriteArticle("boese", "Böse", "2026-01-01", extraFrontMatter: "contacts: [boese]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var html = await visitor.GetStringAsync("/artikel/boese");
        var card = await visitor.GetStringAsync("/presse/kontakte/boese.vcf");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("\" onmouseover", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        VCardTests.AssertWellFormed(card);
        Assert.Single(card.Split("\r\n"), line => line.StartsWith("EMAIL", StringComparison.Ordinal));
        Assert.Contains("\r\nFN:<script>alert(1)</script>\\nEMAIL:boese@example.org\r\n", card);
        Assert.Contains("\r\nORG:A\\;B\\,C\r\n", card);
    }

    [Theory]
    [InlineData("/presse", new[] { "site", "listing" })]
    [InlineData(DefaultCard, new[] { "site", "listing" })]
    public void The_press_room_and_the_vcards_are_listings_to_the_page_cache(string path, string[] tags) =>
        Assert.Equal(tags, PageCacheTags.ForPath(path));

    private static string PressContactBlock(string html)
    {
        var start = html.IndexOf("<section class=\"press-contacts\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no Pressekontakt block");
        // Decoded: the encoder writes the + of a phone number as &#x2B;, which the browser reads as +.
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)]);
    }

    private static async Task<string> RenderIdAsync(HttpClient visitor, string url)
    {
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues(PageValidators.RenderIdHeader).Single();
    }

    [GeneratedRegex("<p class=\"contact-name\">(.*?)</p>")]
    private static partial Regex ContactName();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
