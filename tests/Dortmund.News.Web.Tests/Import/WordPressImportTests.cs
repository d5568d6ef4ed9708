using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Import;

public sealed class WordPressImportTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Imports_every_post_of_the_wordpress_export_and_the_site_serves_them_with_images_summaries_and_redirects()
    {
        var (exit, output) = await ImportRun.RunAsync(_content, "wordpress", Path.Combine(ImportRun.Fixture("wordpress"), "export.xml"));

        Assert.Equal(1, exit);
        Assert.Contains("3 imported (1 with warnings), 2 skipped", output);
        await ImportRun.AssertValidAsync(_content);
        var articles = ImportRun.Articles(_content);
        Assert.Equal(["empfang-im-rathaus", "entwurf-jahresbilanz", "gruenes-licht"], articles.Select(a => a.Slug).Order());

        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var article in articles.Where(a => !a.Draft))
            await ImportRun.AssertServedAsync(visitor, article);
        await ImportRun.AssertRedirectsAsync(visitor, "/2019/05/14/empfang-im-rathaus/", "empfang-im-rathaus"); // the old permalink
        await ImportRun.AssertRedirectsAsync(visitor, "/2019/05/14/empfang-rathaus/", "empfang-im-rathaus"); // _wp_old_slug
    }

    [Fact]
    public async Task Maps_status_dates_authors_terms_excerpt_and_featured_image_and_keeps_the_html()
    {
        var (_, output) = await ImportRun.RunAsync(_content, "wordpress", ImportRun.Fixture("wordpress"));
        var articles = ImportRun.Articles(_content).ToDictionary(a => a.Slug);

        var reception = articles["empfang-im-rathaus"];
        Assert.Equal(new DateTimeOffset(2019, 5, 14, 8, 0, 0, TimeSpan.Zero), reception.Date);
        Assert.Equal("Empfang der Gäste im Rathaus.", reception.Summary); // excerpt without its HTML
        Assert.Equal("Standort", reception.Category);
        Assert.Equal(["Rathaus", "Empfang"], reception.Tags);
        Assert.Equal(["niklas-alt"], reception.Authors.Select(a => a.Slug));
        Assert.EndsWith("/rathaus.jpg", reception.LeadImage!.Path); // _thumbnail_id
        var rathaus = reception.Gallery.Single(g => g.Image.Path.EndsWith("/rathaus.jpg", StringComparison.Ordinal));
        Assert.Equal(("Das Dortmunder Rathaus am Friedensplatz", "Das Rathaus von außen", "Bildnachweis fehlt"), (rathaus.Caption, rathaus.Alt, rathaus.Credit));
        Assert.Equal("Der Hochofen auf Phoenix-West", reception.Gallery.Single(g => g.Image.Path.EndsWith("/phoenix-west.jpg", StringComparison.Ordinal)).Caption); // [caption]
        Assert.Contains("<p>Der Oberbürgermeister empfing die Gäste im Rathaus.</p>", reception.Html);
        Assert.Contains("<a href=\"/artikel/gruenes-licht\">Phoenix-West</a>", reception.Html); // the old site's absolute link to another post
        Assert.Contains("WordPress shortcode 'gallery' has no equivalent here", output);
        Assert.Contains("image 'rathaus.jpg' (from wp-content/uploads/2019/05/rathaus.jpg) has no credit", output);
        Assert.Contains("1 comment(s) not imported", output);

        Assert.Equal(["niklas-alt", "johannes-wagner"], articles["gruenes-licht"].Authors.Select(a => a.Slug)); // "Niklas Alt, Johannes Wagner"
        Assert.Contains("/2019/05/15/grünes-licht", articles["gruenes-licht"].Aliases);
        Assert.True(articles["entwurf-jahresbilanz"].Draft);

        Assert.Contains("skipped: export.xml item 13 \"Gelöschter Beitrag\":78: in WordPress's trash", output);
        Assert.Contains("skipped: export.xml item 14 \"Impressum\":87: a page, not a post", output);
    }
}
