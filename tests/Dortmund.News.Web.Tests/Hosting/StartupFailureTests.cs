using System.Net;
using System.Net.Sockets;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Hosting;

/// <summary>
/// What an operator sees when the site cannot start: one line that says what and where, a non-zero
/// exit code, and no stack trace — instead of an unhandled exception and SIGABRT.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly TempContent _content = new();

    public StartupFailureTests() => _content.WriteArticle("erster-artikel", "Erster Artikel", "2026-01-02");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_address()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        using var site = SiteProcess.Start(_content, port: port);

        await AssertFailsWithOneLineAsync(site, $"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_catalogue_folder_that_cannot_be_made_is_one_line_naming_the_folder()
    {
        // Tests run as root, where chmod stops no one: a folder below a regular file cannot be made by anyone.
        var file = Path.Combine(_content.Root, "eine-datei");
        File.WriteAllText(file, "kein Ordner");

        using var site = SiteProcess.Start(_content, catalogue: $"Data Source={Path.Combine(file, "catalogue.db")}");

        await AssertFailsWithOneLineAsync(site, file);
    }

    [Fact]
    public async Task A_missing_content_folder_at_a_first_start_is_one_line_naming_the_folder()
    {
        Directory.Delete(_content.ContentPath, recursive: true);

        using var site = SiteProcess.Start(_content);

        await AssertFailsWithOneLineAsync(site, _content.ContentPath);
    }

    private static async Task AssertFailsWithOneLineAsync(SiteProcess site, string where)
    {
        var exitCode = await site.ExitCodeAsync(Timeout);
        var log = string.Join('\n', site.Log);

        Assert.True(exitCode != 0, $"exit code 0. Log:\n{log}");
        var reason = Assert.Single(site.Log, line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(where, reason);
        Assert.DoesNotContain(site.Log, line => line.Contains("Unhandled exception", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log, line => line.Contains("Exception", StringComparison.Ordinal));
    }
}
