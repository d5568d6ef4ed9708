using System.Net;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Attachments;

/// <summary>An article's files: listed with type and size, served as downloads that keep their names, and nothing else.</summary>
public sealed class AttachmentDownloadTests : IDisposable
{
    private readonly TempContent _content = new();

    public AttachmentDownloadTests()
    {
        _content.Write("articles/2026/messe/Pressemappe Übersicht.pdf", new byte[1_258_291]);
        _content.Write("articles/2026/messe/zahlen.xlsx", new byte[870_000]);
        _content.Write("articles/2026/messe/nicht-gelistet.pdf", new byte[10]);
        _content.Write("articles/2026/messe/index.md", """
            ---
            title: Messe
            date: 2026-11-01
            attachments:
              - src: Pressemappe Übersicht.pdf
                title: Pressemappe
              - src: zahlen.xlsx
                title: Zahlen 2026
            ---

            Text.
            """);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_article_lists_its_files_with_type_and_German_size()
    {
        await using var site = new SiteFactory(_content);

        var page = await site.CreateVisitor().GetStringAsync("/artikel/messe");

        Assert.Contains("<h2 id=\"downloads\">Downloads</h2>", page);
        Assert.Contains("<a href=\"/artikel/messe/anhaenge/Pressemappe%20%C3%9Cbersicht.pdf\" download=\"Pressemappe Übersicht.pdf\" type=\"application/pdf\">Pressemappe</a>", page);
        Assert.Contains("(PDF, 1,2 MB)", page);
        Assert.Contains("(XLSX, 850 KB)", page);
        Assert.DoesNotContain("nicht-gelistet", page);
    }

    [Fact]
    public async Task A_listed_file_is_a_download_with_its_type_and_name()
    {
        await using var site = new SiteFactory(_content);

        var response = await site.CreateVisitor().GetAsync("/artikel/messe/anhaenge/Pressemappe%20%C3%9Cbersicht.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.ToString());
        var disposition = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.StartsWith("attachment;", disposition);
        Assert.Contains("filename*=UTF-8''Pressemappe%20%C3%9Cbersicht.pdf", disposition);
        Assert.Equal(1_258_291, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        var sheet = await site.CreateVisitor().GetAsync("/artikel/messe/anhaenge/zahlen.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Feeds_carry_the_files_as_enclosures_Atom_links_and_Media_RSS_documents()
    {
        await using var site = new SiteFactory(_content) { Settings = { ["Site:BaseUrl"] = "https://dortmund.news" } };
        var visitor = site.CreateVisitor();

        var atom = System.Xml.Linq.XDocument.Parse(await visitor.GetStringAsync("/atom.xml"));
        var rss = System.Xml.Linq.XDocument.Parse(await visitor.GetStringAsync("/feed.xml"));

        System.Xml.Linq.XNamespace a = "http://www.w3.org/2005/Atom", media = "http://search.yahoo.com/mrss/";
        var enclosures = atom.Descendants(a + "link").Where(l => (string?)l.Attribute("rel") == "enclosure").ToList();
        Assert.Equal(["https://dortmund.news/artikel/messe/anhaenge/Pressemappe%20%C3%9Cbersicht.pdf", "https://dortmund.news/artikel/messe/anhaenge/zahlen.xlsx"],
            enclosures.Select(l => (string)l.Attribute("href")!));
        Assert.Equal(["1258291", "870000"], enclosures.Select(l => (string)l.Attribute("length")!));
        Assert.Equal("application/pdf", (string?)enclosures[0].Attribute("type"));
        var documents = rss.Descendants(media + "content").Where(c => (string?)c.Attribute("medium") == "document").ToList();
        Assert.Equal(["Pressemappe", "Zahlen 2026"], documents.Select(d => d.Element(media + "title")!.Value));
        Assert.Equal("https://dortmund.news/artikel/messe/anhaenge/zahlen.xlsx", (string?)documents[1].Attribute("url"));
    }

    [Theory]
    [InlineData("/artikel/messe/anhaenge/nicht-gelistet.pdf")]
    [InlineData("/artikel/messe/anhaenge/index.md")]
    [InlineData("/artikel/messe/anhaenge/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/artikel/messe/anhaenge/%2Fetc%2Fpasswd")]
    [InlineData("/artikel/messe/anhaenge/../../../etc/passwd")]
    [InlineData("/artikel/messe/anhaenge/ZAHLEN.XLSX")]
    [InlineData("/artikel/gibt-es-nicht/anhaenge/zahlen.xlsx")]
    public async Task Anything_but_a_listed_file_of_a_visible_article_is_404(string path)
    {
        await using var site = new SiteFactory(_content);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateVisitor().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_files_of_a_draft_or_scheduled_article_are_not_served()
    {
        _content.Write("articles/2026/entwurf/mappe.pdf", new byte[10]);
        _content.Write("articles/2026/entwurf/index.md", "---\ntitle: E\ndate: 2026-01-01\ndraft: true\nattachments:\n  - src: mappe.pdf\n    title: M\n---\n\nText.\n");
        _content.Write("articles/2026/geplant/mappe.pdf", new byte[10]);
        _content.Write("articles/2026/geplant/index.md", "---\ntitle: G\ndate: 2099-01-01\nattachments:\n  - src: mappe.pdf\n    title: M\n---\n\nText.\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/entwurf/anhaenge/mappe.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/geplant/anhaenge/mappe.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_file_swapped_for_a_symlink_leading_outside_after_the_sync_is_not_served()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/messe/anhaenge/zahlen.xlsx")).StatusCode);

        var outside = Path.Combine(_content.Root, "geheim.xlsx");
        await File.WriteAllTextAsync(outside, "geheim");
        var listed = Path.Combine(_content.ContentPath, "articles/2026/messe/zahlen.xlsx");
        File.Delete(listed);
        File.CreateSymbolicLink(listed, outside);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/messe/anhaenge/zahlen.xlsx")).StatusCode);
    }
}
