using System.Net;
using Dortmund.News.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dortmund.News.Web.Tests.Hosting;

public sealed class SiteContentRootTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_content_root_given_to_the_host_wins()
    {
        // WebApplicationFactory names the project folder itself (as --contentRoot would).
        await using var site = new SiteFactory(_content);

        var environment = site.Services.GetRequiredService<IHostEnvironment>();

        Assert.Equal(Path.Combine(TempContent.RepositoryRoot, "src", "Dortmund.News.Web"), Path.TrimEndingDirectorySeparator(environment.ContentRootPath));
    }

    [Fact]
    public async Task The_built_site_started_from_another_folder_reads_its_appsettings_and_a_first_start_logs_no_warning()
    {
        _content.WriteArticle("erster-artikel", "Erster Artikel", "2026-01-02", extraFrontMatter: "summary: Kurz.\n");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_content.Root, "anderswo")).FullName;

        using var site = SiteProcess.Start(_content, workingDirectory: elsewhere, settings: new Dictionary<string, string> { ["Site__BaseUrl"] = "https://dortmund.news" });

        // Log lines at all: Serilog's console sink is configured in appsettings.json only.
        await site.WaitForLogAsync("Application started", TimeSpan.FromMinutes(2));
        using var visitor = new HttpClient { BaseAddress = site.BaseAddress };
        var home = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // The footer's Impressum link comes from appsettings.json (Site:ImprintUrl).
        Assert.Contains("wirtschaftsfoerderung-dortmund.de/impressum", await home.Content.ReadAsStringAsync());
        Assert.Contains(site.Log, line => line.Contains("Content root path: " + Path.Combine(TempContent.RepositoryRoot, "src", "Dortmund.News.Web"), StringComparison.Ordinal));

        // The watcher's catch-up sync says why it runs (it starts when the first requests had their head start).
        await site.WaitForLogAsync("syncing it once more for changes made before watching began", TimeSpan.FromMinutes(1));
        var log = string.Join('\n', site.Log);
        Assert.DoesNotContain(" WRN]", log);
        Assert.DoesNotContain(" ERR]", log);
        Assert.Contains(site.Log, line => line.Contains(" INF] ", StringComparison.Ordinal) && line.Contains("is new; building it from " + _content.ContentPath, StringComparison.Ordinal));
    }
}
