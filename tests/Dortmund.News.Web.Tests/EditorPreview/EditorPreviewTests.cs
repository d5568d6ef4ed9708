using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.EditorPreview;

public sealed partial class EditorPreviewTests : IDisposable
{
    private readonly TempContent _content = new();

    public EditorPreviewTests() =>
        _content.Write("articles/2026/vorschau/index.md", "---\ntitle: Erste Fassung\ndate: 2026-01-01\n---\n\nText.\n");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Article_page_carries_the_reload_script_and_its_file_version_in_development()
    {
        await using var site = new SiteFactory(_content, "Development");
        var visitor = site.CreateVisitor();

        var page = await visitor.GetStringAsync("/artikel/vorschau");
        var script = ReloadScript().Match(page);
        var state = await StateAsync(visitor);

        Assert.True(script.Success, "reload script on the page");
        Assert.Equal("articles/2026/vorschau/index.md", script.Groups["file"].Value);
        Assert.Equal(state, script.Groups["state"].Value);
        Assert.DoesNotContain("content-problems", page);
        Assert.DoesNotContain("<script>", page);
        var js = await visitor.GetAsync(script.Groups["src"].Value);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("location.reload()", await js.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_to_the_file_changes_its_version_so_the_open_page_reloads()
    {
        await using var site = new SiteFactory(_content, "Development");
        var visitor = site.CreateVisitor();
        var before = await StateAsync(visitor);

        _content.Write("articles/2026/vorschau/index.md", "---\ntitle: Zweite Fassung\ndate: 2026-01-01\n---\n\nText.\n");
        await site.SyncAsync();

        Assert.NotEqual(before, await StateAsync(visitor));
        Assert.Contains("<h1>Zweite Fassung</h1>", await visitor.GetStringAsync("/artikel/vorschau"));
    }

    [Fact]
    public async Task A_file_with_errors_shows_its_last_good_version_and_a_panel_with_file_line_and_message()
    {
        await using var site = new SiteFactory(_content, "Development");
        var visitor = site.CreateVisitor();
        var before = await StateAsync(visitor);

        _content.Write("articles/2026/vorschau/index.md",
            "---\ntitle: Kaputte Fassung\ndate: 2026-01-01\nkategorie: Wirtschaft\ngallery:\n  - src: fehlt.jpg\n    caption: Empfang\n    credit: WF DO\n---\n\nText.\n");
        await site.SyncAsync();
        var page = await visitor.GetStringAsync("/artikel/vorschau");

        Assert.NotEqual(before, await StateAsync(visitor));
        Assert.Contains("<h1>Erste Fassung</h1>", page);
        Assert.Contains("<section class=\"content-problems\"", page);
        Assert.Contains("Angezeigt wird die letzte fehlerfreie Fassung", page);
        Assert.Contains("<code>content/articles/2026/vorschau/index.md:4:1</code>", page);
        Assert.Contains("Warnung NEWS013:", page);
        Assert.Contains("<code>content/articles/2026/vorschau/index.md:6:10</code>", page);
        Assert.Contains("Fehler NEWS024:", page);
        Assert.Contains("image file &#x27;articles/2026/vorschau/fehlt.jpg&#x27; not found", page);
    }

    [Fact]
    public async Task Production_has_neither_the_script_nor_the_panel_nor_the_endpoint()
    {
        _content.Write("articles/2026/vorschau/index.md", "---\ntitle: Erste Fassung\ndate: 2026-01-01\nkategorie: x\n---\n\nText.\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var page = await visitor.GetStringAsync("/artikel/vorschau");

        Assert.DoesNotContain("vorschau.js", page);
        Assert.DoesNotContain("content-problems", page);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/_vorschau/stand?datei=articles/2026/vorschau/index.md")).StatusCode);
    }

    [Fact]
    public async Task The_state_endpoint_refuses_a_request_without_a_file()
    {
        await using var site = new SiteFactory(_content, "Development");

        var response = await site.CreateVisitor().GetAsync("/_vorschau/stand");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> StateAsync(HttpClient visitor)
    {
        var response = await visitor.GetAsync("/_vorschau/stand?datei=articles/2026/vorschau/index.md");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var state = await response.Content.ReadFromJsonAsync<State>();
        return state!.Stand;
    }

    private sealed record State(string Stand, int Fehler);

    [GeneratedRegex("<script src=\"(?<src>/js/vorschau\\.js\\?v=[^\"]+)\" data-datei=\"(?<file>[^\"]+)\" data-stand=\"(?<state>[0-9a-f]+)\" defer></script>")]
    private static partial Regex ReloadScript();
}
