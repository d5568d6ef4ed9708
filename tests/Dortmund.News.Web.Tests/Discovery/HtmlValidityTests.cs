using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dortmund.News.Testing;
using Xunit.Abstractions;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>Every page type through the W3C Nu HTML Checker (vnu.jar), all in one run: the JVM starts slowly.</summary>
public sealed class HtmlValidityTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// One URL per page type, with the status it answers; adding a type is one line here.
    /// </summary>
    public static readonly (string Type, string Path, HttpStatusCode Status, bool Required)[] PageTypes =
    [
        ("home", "/", HttpStatusCode.OK, true),
        ("home, page 2", "/?seite=2", HttpStatusCode.OK, true),
        ("article", "/artikel/besuch-suedkoreanische-delegation", HttpStatusCode.OK, true),
        ("article without gallery", "/artikel/artikel-01", HttpStatusCode.OK, true),
        ("author", "/autoren/jaeger", HttpStatusCode.OK, true),
        ("tag", "/themen/delegation", HttpStatusCode.OK, true),
        ("category", "/rubrik/wirtschaftsfoerderung-international", HttpStatusCode.OK, true),
        ("tag overview", "/themen", HttpStatusCode.OK, true),
        ("archive", "/archiv", HttpStatusCode.OK, true),
        ("archive year", "/archiv/2026", HttpStatusCode.OK, true),
        ("search", "/suche?q=Delegation", HttpStatusCode.OK, true),
        ("article with event and attachments", PressRoomPages.EventArticle, HttpStatusCode.OK, true),
        ("events", PressRoomPages.Events, HttpStatusCode.OK, true),
        ("past events", PressRoomPages.PastEvents, HttpStatusCode.OK, true),
        ("embargo link", PressRoomPages.Embargo, HttpStatusCode.OK, true),
        ("press room", "/presse", HttpStatusCode.OK, true),
        ("photo terms", "/presse/bildrechte", HttpStatusCode.OK, true),
        ("404", "/gibt-es-nicht", HttpStatusCode.NotFound, true),
        ("English home", "/en/", HttpStatusCode.OK, true),
        ("English article", EnglishPages.Article, HttpStatusCode.OK, true),
        ("English author", EnglishPages.Author, HttpStatusCode.OK, true),
        ("English tag", EnglishPages.Tag, HttpStatusCode.OK, true),
        ("English category", EnglishPages.Category, HttpStatusCode.OK, true),
        ("English archive year", EnglishPages.ArchiveYear, HttpStatusCode.OK, true),
        ("English tag overview", "/en/topics", HttpStatusCode.OK, true),
        ("English archive", "/en/archive", HttpStatusCode.OK, true),
        ("English search", "/en/search?q=Delegation", HttpStatusCode.OK, true),
        ("English events", "/en/events", HttpStatusCode.OK, true),
        ("English past events", "/en/events/past", HttpStatusCode.OK, true),
        ("English press room", "/en/press", HttpStatusCode.OK, true),
        ("English photo terms", "/en/press/photo-rights", HttpStatusCode.OK, true),
        ("English 404", "/en/does-not-exist", HttpStatusCode.NotFound, true),
    ];

    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [ExternalToolFact(ExternalTools.Vnu)]
    public async Task Every_page_type_has_no_errors_in_the_nu_html_checker()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"artikel-{day:00}", $"Artikel {day}", $"2026-03-{day:00}",
                "Ein Absatz mit [Link](https://example.org/) und einer Tabelle:\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
                "authors: [jaeger]\ncategory: Wirtschaftsförderung International\ntags: [Delegation]\n");
        var embargoToken = PressRoomPages.Write(_content);
        EnglishPages.Write(_content);
        await using var site = ReachContent.Site(_content);
        var visitor = site.CreateVisitor();
        var folder = Path.Combine(_content.Root, "vnu");
        Directory.CreateDirectory(folder);

        var files = new Dictionary<string, string>();
        foreach (var (type, path, status, required) in PageTypes)
        {
            var response = await visitor.GetAsync(path.Replace(PressRoomPages.EmbargoToken, embargoToken, StringComparison.Ordinal));
            if (response.StatusCode != status)
            {
                Assert.False(required, $"{type} {path} answered {(int)response.StatusCode}, expected {(int)status}");
                output.WriteLine($"not on this build yet: {type} {path} ({(int)response.StatusCode})");
                continue;
            }

            var file = Path.Combine(folder, $"{files.Count:00}.html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files[file] = $"{type} {path}";
        }

        var messages = RunVnu(files.Keys);

        // vnu names files as file:/path; report them by page type.
        string Page(VnuMessage m) =>
            m.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && files.TryGetValue(uri.LocalPath, out var page) ? page : m.Url ?? "(no file)";
        foreach (var m in messages)
            output.WriteLine($"{m.Type}{(m.SubType is null ? "" : "/" + m.SubType)} {Page(m)}:{m.Line}: {m.Message}");
        output.WriteLine($"checked {files.Count} page types: {string.Join(", ", files.Values)}");
        var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{Page(e)}:{e.Line}: {e.Message}")));
    }

    private sealed record VnuMessage(string Type, string? SubType, string? Url, int? Line, string Message);

    /// <summary>Runs vnu.jar once over all files and returns every message it reports.</summary>
    private static List<VnuMessage> RunVnu(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(ExternalTools.JavaPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", ExternalTools.VnuJarPath!, "--format", "json", "--stdout", "--exit-zero-always"])
            start.ArgumentList.Add(argument);
        foreach (var file in files)
            start.ArgumentList.Add(file);

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"vnu exited with {process.ExitCode}: {stderr.Result}");

        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new VnuMessage(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
            m.TryGetProperty("url", out var url) ? url.GetString() : null,
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
            m.GetProperty("message").GetString()!)).ToList();
    }
}
