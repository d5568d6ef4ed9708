using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Import;

public sealed class JekyllImportTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Imports_every_post_of_the_jekyll_fixture_and_the_site_serves_them_with_images_summaries_and_redirects()
    {
        var (exit, output) = await ImportRun.RunAsync(_content, "jekyll", ImportRun.Fixture("jekyll"));

        Assert.Equal(1, exit);
        Assert.Contains("4 imported (4 with warnings), 3 skipped", output);
        await ImportRun.AssertValidAsync(_content);
        var articles = ImportRun.Articles(_content);
        Assert.Equal(["gruenderpreis", "gruesse-vom-phoenix-see", "idee", "neue-ansiedlung"], articles.Select(a => a.Slug).Order());

        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var article in articles.Where(a => !a.Draft))
            await ImportRun.AssertServedAsync(visitor, article);
        await ImportRun.AssertRedirectsAsync(visitor, "/alt/ansiedlung.html", "neue-ansiedlung"); // redirect_from
        await ImportRun.AssertRedirectsAsync(visitor, "/presse/wirtschaft/2020/05/06/neue-ansiedlung.html", "neue-ansiedlung"); // permalink: date
        await ImportRun.AssertRedirectsAsync(visitor, "/preise/gruenderpreis/", "gruenderpreis"); // permalink in the front matter
    }

    [Fact]
    public async Task Maps_jekyll_front_matter_liquid_and_drafts_into_the_site_format()
    {
        var (_, output) = await ImportRun.RunAsync(_content, "jekyll", ImportRun.Fixture("jekyll"));
        var articles = ImportRun.Articles(_content).ToDictionary(a => a.Slug);

        var settlement = articles["neue-ansiedlung"];
        Assert.Equal(new DateTimeOffset(2020, 5, 6, 10, 15, 0, TimeSpan.FromHours(2)), settlement.Date);
        Assert.Equal("Ein Logistikunternehmen zieht mit 200 Arbeitsplätzen ins Hafenquartier.", settlement.Summary);
        Assert.Equal("presse", settlement.Category); // categories: presse wirtschaft
        Assert.Equal(["Ansiedlung", "Hafen", "wirtschaft"], settlement.Tags);
        Assert.EndsWith("/ansiedlung.jpg", settlement.LeadImage!.Path); // image: {path, alt}
        Assert.Equal(2, settlement.Gallery.Count); // the lead image and the body's {{ site.baseurl }}/assets/… image
        Assert.Contains("href=\"/artikel/gruenderpreis\">Bericht über den Gründerpreis", settlement.Html); // post_url
        Assert.Contains("href=\"/artikel/gruenderpreis\">alten Preisseite", settlement.Html); // an absolute link to the old site's address

        var prize = articles["gruenderpreis"];
        Assert.Equal(["niklas-alt", "johannes-wagner"], prize.Authors.Select(a => a.Slug)); // "Niklas Alt und Johannes Wagner"
        Assert.Equal(["Gründung", "Preis"], prize.Tags); // tags: Gründung Preis
        Assert.Equal("presse", prize.Category); // the folder presse/_posts/
        Assert.Equal("Die Preisträgerinnen und Preisträger", Assert.Single(prize.Gallery).Caption); // <img alt>, a file name with space and umlaut
        Assert.Matches("<code>{% include video.html id=(&quot;|\")abc(&quot;|\") %}</code>", prize.Html);
        Assert.Matches("<pre><code[^>]*>echo", prize.Html); // highlight → code fence

        Assert.Equal(["Phoenix-See"], articles["gruesse-vom-phoenix-see"].Tags); // the later of two 'tags:'
        Assert.True(articles["idee"].Draft);
        Assert.Contains("_drafts/idee.md:1: a draft without 'date:'", output);

        Assert.Contains("skipped: _posts/2021-02-30-falsch.md:1: the date 2021-02-30 in the file name is no real day", output);
        Assert.Contains("skipped: _posts/README:1: no file extension", output);
        Assert.Contains("skipped: _posts/ohne-datum.md:1: a post's file name must start with its date", output);
        Assert.Contains("kept as '# import:' comments (no such key here): layout, comments", output);
    }
}
