using System.Text;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Sync;

public sealed class HostileContentTests : IDisposable
{
    private readonly TempContent _content = new();

    public HostileContentTests()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Hostile");
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".gitattributes") && !f.EndsWith("README.md")))
            _content.Write(Path.GetRelativePath(corpus, file).Replace('\\', '/'), File.ReadAllBytes(file));
        _content.WriteArticle("gut", "Guter Artikel", "2026-01-05");
        _content.Write("articles/huge.md", Encoding.UTF8.GetBytes("---\ntitle: Riesig\ndate: 2026-01-01\n---\n" + new string('x', 20 * 1024 * 1024)));
        _content.Write("articles/many-tags.md",
            "---\ntitle: Viele Tags\ndate: 2026-01-01\ntags: [" + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"tag{i}")) + "]\n---\nText\n");
        // 3 GB without a byte on disk (sparse): too long for any read, so reading it throws.
        using (var sparse = File.Create(Path.Combine(_content.ContentPath, "articles/sparse.md")))
            sparse.SetLength(3L * 1024 * 1024 * 1024);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Every_hostile_file_gets_its_located_error_and_every_good_article_stays_published()
    {
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Equal(ExpectedErrors, ErrorCodesByFile(report.Problems));
        Assert.All(report.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));

        var published = await host.DbAsync(db => Task.FromResult(db.Articles.Select(a => a.Slug).OrderBy(s => s).ToList()));
        Assert.Equal(["bom-crlf", "broken-author-user", "control-characters", "doppelt", "gut", "script-injection"], published);
    }

    [Fact]
    public async Task The_validator_reports_the_same_located_errors_for_every_hostile_file()
    {
        var report = await Catalogue.Validation.ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(ExpectedErrors, ErrorCodesByFile(report.Problems));
        Assert.All(report.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
    }

    private static Dictionary<string, string> ErrorCodesByFile(IEnumerable<Content.Problems.ContentProblem> problems) =>
        problems.Where(p => p.Severity == Content.Problems.Severity.Error)
            .GroupBy(p => p.Path).ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p.Code)));

    private static readonly Dictionary<string, string> ExpectedErrors = new()
    {
        ["articles/unclosed-yaml.md"] = "NEWS003",
        ["articles/invalid-yaml.md"] = "NEWS004",
        ["articles/duplicate-keys.md"] = "NEWS005",
        ["articles/yaml-bomb.md"] = string.Join(",", Enumerable.Repeat("NEWS011", 9)),
        ["articles/invalid-utf8.md"] = "NEWS001",
        ["articles/binary.md"] = "NEWS001",
        ["articles/deep-nesting.md"] = "NEWS007",
        ["articles/gallery-outside.md"] = "NEWS023,NEWS023,NEWS023",
        ["articles/attachments-outside.md"] = "NEWS072,NEWS072,NEWS072,NEWS072",
        ["articles/same-slug-b.md"] = "NEWS040",
        ["articles/huge.md"] = "NEWS002",
        ["articles/many-tags.md"] = "NEWS014",
        ["authors/kaputt.md"] = "NEWS004",
        ["articles/0001-01-01-mein-neuer-blogpost.md"] = "NEWS012",
        ["articles/0001-01-01-ordner/index.md"] = "NEWS012",
        ["articles/date-out-of-range.md"] = "NEWS012",
        ["articles/sparse.md"] = "NEWS008",
    };

    [Fact]
    public async Task Characters_not_allowed_in_XML_are_located_warnings_alike_in_the_sync_and_the_validator()
    {
        await using var host = await CatalogueHost.StartAsync(_content);

        var synced = (await host.Sync.SyncAsync()).Problems.Where(p => p.Path == "articles/control-characters.md").ToList();
        var validated = (await Catalogue.Validation.ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix)).Problems
            .Where(p => p.Path == "articles/control-characters.md").ToList();

        // The raw characters (first: the title's), the escape in 'alt', the character reference below the front matter.
        Assert.Equal(["articles/control-characters.md:2:14: warning NEWS009", "articles/control-characters.md:10:10: warning NEWS009",
                "articles/control-characters.md:11:1: warning NEWS009"],
            synced.Select(p => $"{p.Path}:{p.Line}:{p.Column}: warning {p.Code}"));
        Assert.Equal(synced, validated);
        var title = await host.DbAsync(db => Task.FromResult(db.Articles.Single(a => a.Slug == "control-characters").Title));
        Assert.Equal("Zeile Zeile", title);
    }

    [Fact]
    public async Task Located_errors_point_at_the_offending_line()
    {
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        string At(string path) => report.Problems.First(p => p.Path == path).ToString().Split(' ')[0];
        Assert.Equal("articles/invalid-utf8.md:5:3:", At("articles/invalid-utf8.md"));
        Assert.Equal("articles/duplicate-keys.md:4:1:", At("articles/duplicate-keys.md"));
        Assert.Equal("articles/gallery-outside.md:5:10:", At("articles/gallery-outside.md"));
        Assert.Equal("articles/many-tags.md:4:7:", At("articles/many-tags.md"));
        Assert.Equal("articles/date-out-of-range.md:3:7:", At("articles/date-out-of-range.md"));
        Assert.Equal("articles/0001-01-01-mein-neuer-blogpost.md:1:1:", At("articles/0001-01-01-mein-neuer-blogpost.md"));
    }
}
