using System.Net;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Several_hosts_can_run_in_one_process()
    {
        using var first = new TempContent(withSeedContent: true);
        using var second = new TempContent();
        await using var siteA = new SiteFactory(first);
        await using var siteB = new SiteFactory(second);

        var a = await siteA.CreateVisitor().GetAsync("/");
        var b = await siteB.CreateVisitor().GetAsync("/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (a.StatusCode, b.StatusCode));
        Assert.Contains("Hokkaido", await a.Content.ReadAsStringAsync());
        Assert.Contains("Noch keine Artikel", await b.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_catalogue_from_another_schema_or_a_corrupt_file_is_rebuilt_from_content()
    {
        using var content = new TempContent(withSeedContent: true);
        Directory.CreateDirectory(Path.GetDirectoryName(content.DatabasePath)!);
        await File.WriteAllTextAsync(content.DatabasePath, "das ist keine SQLite-Datei, sondern Müll");
        await using var site = new SiteFactory(content);

        var html = await site.CreateVisitor().GetStringAsync("/");

        Assert.Contains("Hokkaido", html);
    }
}
