using System.Net;
using System.Text.RegularExpressions;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;
using Dortmund.News.Testing;
using Dortmund.News.Web.Commands;

namespace Dortmund.News.Web.Tests.Import;

/// <summary>One run of the import command over a fixture site (tests/Fixtures/import/) into a temporary content folder, and what the tests check after it.</summary>
internal static class ImportRun
{
    public static string Fixture(string kind) => Path.Combine(TempContent.RepositoryRoot, "tests", "Fixtures", "import", kind);

    public static async Task<(int Exit, string Output)> RunAsync(TempContent content, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SiteCommands.RunAsync(["import", .. args, "--content", content.ContentPath], output, error, content.Root, TimeProvider.System);
        return (exit, output + error.ToString());
    }

    /// <summary>Every file under the content folder with its bytes, to prove a run changed nothing.</summary>
    public static Dictionary<string, string> Snapshot(TempContent content) =>
        Directory.EnumerateFiles(content.ContentPath, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(content.ContentPath, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    /// <summary>The articles the import wrote, read back as the site reads them.</summary>
    public static List<Article> Articles(TempContent content) =>
        Directory.EnumerateFiles(Path.Combine(content.ContentPath, "articles"), "index.md", SearchOption.AllDirectories)
            .Select(f => ArticleReader.Read(Path.GetRelativePath(content.ContentPath, f).Replace('\\', '/'), File.ReadAllBytes(f)).Value!)
            .ToList();

    /// <summary>The validator finds no error in what the import wrote.</summary>
    public static async Task AssertValidAsync(TempContent content)
    {
        var report = await ContentValidator.ValidateAsync(content.ContentPath, SiteRoutes.ArticlePrefix);
        Assert.Empty(report.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString()));
    }

    /// <summary>
    /// Every published imported article answers with its title, summary and gallery; every image the page names (the
    /// gallery's variants, the body's rewritten references) is served.
    /// </summary>
    public static async Task AssertServedAsync(HttpClient visitor, Article article)
    {
        var response = await visitor.GetAsync(SiteRoutes.ArticlePrefix + article.Slug);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{article.SourcePath}: {response.StatusCode}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(article.Title, html);
        Assert.Contains(article.Summary, html);
        var variants = Regex.Matches(html, @"/bilder/[0-9a-f]{64}-\d+\.(?:webp|jpg)").Select(m => m.Value).Distinct().ToList();
        Assert.True(variants.Count >= 2 * article.Gallery.Count, $"{article.SourcePath}: {variants.Count} image variants for {article.Gallery.Count} gallery images");
        foreach (var url in variants)
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);
        foreach (var url in Regex.Matches(html, @"/medien/[^""')\s]+").Select(m => m.Value).Distinct())
        {
            var image = await visitor.GetAsync(url);
            Assert.True(image.StatusCode == HttpStatusCode.MovedPermanently, $"{article.SourcePath}: body image {url} answers {image.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(image.Headers.Location)).StatusCode);
        }
    }

    public static async Task AssertRedirectsAsync(HttpClient visitor, string oldPath, string slug)
    {
        var response = await visitor.GetAsync(oldPath);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{oldPath}: {response.StatusCode}");
        Assert.Equal(SiteRoutes.ArticlePrefix + slug, response.Headers.Location?.OriginalString);
    }
}
