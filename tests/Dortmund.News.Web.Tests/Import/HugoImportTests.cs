using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Import;

public sealed class HugoImportTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Imports_every_post_of_the_hugo_fixture_and_the_site_serves_them_with_images_summaries_and_redirects()
    {
        var (exit, output) = await ImportRun.RunAsync(_content, "hugo", ImportRun.Fixture("hugo"));

        Assert.Equal(1, exit); // some files are skipped
        Assert.Contains("5 imported (3 with warnings), 4 skipped", output);
        await ImportRun.AssertValidAsync(_content);
        var articles = ImportRun.Articles(_content);
        Assert.Equal(["delegation-aus-japan", "entwurf", "gruesse-aus-dortmund", "korrigiert", "messe-besuch"], articles.Select(a => a.Slug).Order());

        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var article in articles.Where(a => !a.Draft))
            await ImportRun.AssertServedAsync(visitor, article);
        await ImportRun.AssertRedirectsAsync(visitor, "/node/65", "delegation-aus-japan");
        await ImportRun.AssertRedirectsAsync(visitor, "/2021/05/messe-besuch/", "messe-besuch");
    }

    [Fact]
    public async Task Maps_hugo_front_matter_and_shortcodes_into_the_site_format()
    {
        var (_, output) = await ImportRun.RunAsync(_content, "hugo", ImportRun.Fixture("hugo"));
        var articles = ImportRun.Articles(_content).ToDictionary(a => a.Slug);

        // File-name date, excerpt as summary, multi-author string, the first category and the rest as tags, images with attribution.
        var japan = articles["delegation-aus-japan"];
        Assert.Equal(new DateTimeOffset(2021, 3, 4, 0, 0, 0, TimeSpan.FromHours(1)), japan.Date);
        Assert.Equal("Eine Delegation aus Osaka besuchte den Dortmunder Hafen und die Speicherstraße.", japan.Summary);
        Assert.Equal(["niklas-alt", "johannes-wagner"], japan.Authors.Select(a => a.Slug));
        Assert.Equal("International", japan.Category);
        Assert.Equal(["Japan", "Hafen", "Delegationen", "Asien 2021"], japan.Tags);
        Assert.Contains("/node/65", japan.Aliases);
        Assert.Equal(("Der Dortmunder Hafen", "Hafen Dortmund AG"), (japan.Gallery[0].Caption, japan.Gallery[0].Credit));
        Assert.Contains("href=\"/artikel/messe-besuch\"", japan.Html); // ref shortcode
        Assert.True(File.Exists(Path.Combine(_content.ContentPath, "authors", "niklas-alt.md")));

        // TOML front matter, resources with title and params (credit, licence), figure with caption and attr, relref.
        var messe = articles["messe-besuch"];
        Assert.Equal("Die Wirtschaftsförderung stellte auf der Messe zwölf Dortmunder Unternehmen vor.", messe.Summary);
        var stand = messe.Gallery.Single(g => g.Image.Path.EndsWith("/stand.jpg", StringComparison.Ordinal));
        Assert.Equal(("Der Stand am ersten Messetag", "Messe Düsseldorf / Muster", "Nur für Berichte über die Messe"), (stand.Caption, stand.Credit, stand.License));
        Assert.Contains("href=\"/artikel/delegation-aus-japan\"", messe.Html);
        Assert.Contains("<code>{{&lt; youtube w7Ft2ymGmfc &gt;}}</code>", messe.Html); // kept visibly
        Assert.Contains("shortcode 'youtube' has no equivalent here", output);
        // A bundle image nothing shows is carried over, not shown, and reported.
        Assert.True(File.Exists(Path.Combine(_content.ContentPath, "articles", "2021", "messe-besuch", "notiz-skizze.jpg")));
        Assert.Contains("image 'notiz-skizze.jpg' lay beside the post but nothing showed it", output);

        // Spaces and umlauts in the name, duplicate key (the later wins, the earlier is kept), trailing tabs, one-space indented list.
        var greetings = articles["gruesse-aus-dortmund"];
        Assert.Equal("Grüße aus Dortmund zum Jahreswechsel", greetings.Title);
        Assert.Equal(["Jahreswechsel", "Grüße"], greetings.Tags);
        Assert.Equal("Die Wirtschaftsförderung wünscht allen Partnern ein gutes neues Jahr.", greetings.Summary);
        Assert.Equal("Bildnachweis fehlt", Assert.Single(greetings.Gallery).Credit);
        Assert.Contains("image 'og.png' (from static/images/og.png) has no credit", output);
        var text = await File.ReadAllTextAsync(Path.Combine(_content.ContentPath, "articles", "2021", "gruesse-aus-dortmund", "index.md"));
        Assert.Contains("# import: title: \"Grüße aus Dortmund\"  # given twice", text);

        Assert.True(articles["entwurf"].Draft);
        Assert.Equal(new DateTimeOffset(2021, 9, 30, 12, 0, 0, TimeSpan.FromHours(2)), articles["korrigiert"].Date);
    }

    [Fact]
    public async Task Reports_every_skipped_file_with_its_line_and_why_and_keeps_unknown_keys_as_comments()
    {
        var (_, output) = await ImportRun.RunAsync(_content, "hugo", ImportRun.Fixture("hugo"));

        Assert.Contains("skipped: content/posts/2021-09-31-unmoeglich.md:1: the date 2021-09-31 in the file name is no real day", output);
        Assert.Contains("skipped: content/posts/kaputt.md:2: front matter is no valid YAML", output);
        Assert.Contains("skipped: content/posts/notizen:1: no file extension", output);
        Assert.Contains("skipped: content/posts/messe-besuch/index.en.md:1: a translation (Hugo's <name>.<language>.md): not imported", output);
        Assert.Contains("not a post: content/posts/_index.md", output);
        Assert.DoesNotContain("impressum", output); // not a chosen section
        Assert.Contains("kept as '# import:' comments (no such key here): toc, weight", output);
        var text = await File.ReadAllTextAsync(Path.Combine(_content.ContentPath, "articles", "2021", "messe-besuch", "index.md"));
        Assert.Contains("# import: toc: \"true\"\n# import: weight: \"3\"\n", text);
    }

    [Fact]
    public async Task Imports_only_the_sections_named()
    {
        var (exit, output) = await ImportRun.RunAsync(_content, "hugo", ImportRun.Fixture("hugo"), "--section", "pages");

        Assert.Equal(1, exit);
        Assert.Contains("skipped: content/pages/impressum.md:1: no date", output);
        Assert.DoesNotContain("delegation", output);
    }
}
