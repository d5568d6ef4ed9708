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
        Assert.Equal(["bom-crlf", "broken-author-user", "doppelt", "gut", "script-injection"], published);
    }

    [Fact]
    public async Task The_validator_reports_the_same_located_errors_for_every_hostile_file()
    {
        var report = await Catalogue.Validation.ContentValidator.ValidateAsync(_content.ContentPath);

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
        ["articles/same-slug-b.md"] = "NEWS040",
        ["articles/huge.md"] = "NEWS002",
        ["articles/many-tags.md"] = "NEWS014",
        ["authors/kaputt.md"] = "NEWS004",
    };

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
    }
}
