using System.Net;
using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Commands;

/// <summary>The site publishes exactly what the validator passes, and reports the same problems.</summary>
public sealed class SameRulesTests : IDisposable
{
    private readonly TempContent _content = new();

    public SameRulesTests()
    {
        var fixture = Path.Combine(TempContent.RepositoryRoot, "tests", "Fixtures", "validator", "content");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
            _content.Write(Path.GetRelativePath(fixture, file), File.ReadAllBytes(file));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Sync_of_the_fixture_tree_reports_what_the_validator_reports_and_publishes_only_files_without_errors()
    {
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, SiteRoutes.ArticlePrefix);
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        var synced = site.Services.GetRequiredService<ContentSync>().LastReport!;

        Assert.Equal(validated.Problems.Select(p => p.ToString()).Order(), synced.Problems.Select(p => p.ToString()).Order());

        await using var scope = site.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Articles
            .Select(a => a.SourcePath).ToListAsync();
        var withErrors = validated.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Path).ToHashSet();
        var articleFiles = Directory.EnumerateFiles(Path.Combine(_content.ContentPath, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_content.ContentPath, f).Replace('\\', '/'));
        Assert.Equal(articleFiles.Where(f => !withErrors.Contains(f)).Order(), published.Order());
        Assert.Contains("articles/news040-a.md", published);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/artikel/fehlerfrei")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/news042-link")).StatusCode);
    }
}
