using System.Net.Sockets;
using System.Text;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

/// <summary>
/// Garbage a public site receives, sent as raw HTTP to the real process (Kestrel parses it, as in
/// production): every answer must be 2xx, 3xx or 4xx — never 5xx.
/// </summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private static readonly string[] Routes =
    [
        "/", "/artikel/{x}", "/autoren/{x}", "/autoren/{x}/feed.xml", "/themen", "/themen/{x}", "/themen/{x}/atom.xml",
        "/rubrik/{x}", "/rubrik/{x}/feed.xml", "/archiv", "/archiv/{x}", "/archiv/2026/{x}", "/suche", "/feed.xml", "/atom.xml",
        "/sitemap.xml", "/sitemap-{x}.xml", "/sitemap-news.xml", "/robots.txt", "/medien/{x}", "/medien/articles/{x}",
        "/bilder/{x}", "/fehler/{x}", "/healthz", "/readyz", "/presse", "/presse/{x}", "/presse/kontakte/{x}.vcf", "/termine", "/termine/{x}", "/termine.ics", "/artikel/{x}/termin.ics",
        "/artikel/{x}/anhaenge/{x}", "/artikel/messe-mit-unterlagen/anhaenge/{x}", "/vorab/{x}", "/vorab/{x}/anhaenge/{x}", "/{x}",
        "/en", "/en/", "/en/{x}", "/en/articles/{x}", "/en/articles/{x}/anhaenge/{x}", "/en/authors/{x}", "/en/authors/{x}/feed.xml",
        "/en/topics", "/en/topics/{x}", "/en/topics/{x}/atom.xml", "/en/categories/{x}", "/en/categories/{x}/feed.xml", "/en/archive",
        "/en/archive/{x}", "/en/archive/2026/{x}", "/en/search", "/en/feed.xml", "/en/atom.xml", "/en/press", "/en/press/{x}",
        "/en/events", "/en/events/{x}",
    ];

    private static readonly string[] Segments =
    [
        "", "0", "-1", "99999999999999999999", "abc", "%00", "a%00b", "%ZZ", "%C3%28", "%FF%FE", "%E2%82", "ü", "%C3%BC",
        "😀", "%F0%9F%98%80", "..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "....//", "a b", "<script>", "%3Cscript%3E",
        "'%20OR%201=1--", "%25", "%", "?", "#", ";", "~", new string('a', 3000), "besuch-suedkoreanische-delegation",
    ];

    private static readonly string[] Queries =
    [
        "", "?seite=-1", "?seite=0", "?seite=99999999999999999999", "?seite=abc", "?seite=%00", "?seite=1&seite=2",
        "?seite=%ZZ", "?q=%22", "?q=*", "?q=NEAR(a%20b)", "?q=a%20AND%20OR%20NOT", "?q=(((", "?q=%00", "?q=%ZZ",
        "?q=" + new string('x', 2000), "?q=%F0%9F%98%80", "?q=-", "?q=foerderung*&seite=-5", "?%00=%00",
    ];

    private static readonly string[] OddHeaders =
    [
        "", "Accept-Encoding: gzip;q=abc, br;q=-1, *;q=", "Accept-Encoding: identity;q=0, *;q=0", "Accept-Encoding: 💥",
        "Range: bytes=abc", "Range: bytes=999999-0", "Range: bytes=0-0,1-1,2-2,3-3", "If-None-Match: garbage",
        "If-None-Match: *", "If-None-Match: \"x\", W/\"y\"", "If-Modified-Since: gestern", "Accept: */*;q=nope",
        "Accept-Language: ö;q=2", "Cookie: =;=;=",
    ];

    private readonly TempContent _content = new(withSeedContent: true);
    private SiteProcess _site = null!;

    private string _embargoToken = "";

    public async Task InitializeAsync()
    {
        _embargoToken = PressRoomPages.Write(_content);
        EnglishPages.Write(_content);
        _site = SiteProcess.Start(_content);
        await _site.WaitForLogAsync("Now listening on", TimeSpan.FromMinutes(2));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Fuzzed_paths_and_queries_never_get_a_5xx()
    {
        var requests = Routes.SelectMany(route => Segments.Select(segment => route.Replace("{x}", segment)))
            .SelectMany(path => Queries.Take(path.Length % 7 == 0 ? Queries.Length : 4).Select(query => path + query))
            .Distinct();

        var failures = await SendAllAsync(requests.Select(target => ("GET", target, "")));

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Odd_methods_and_headers_never_get_a_5xx()
    {
        string[] targets = ["/", "/artikel/besuch-suedkoreanische-delegation", "/feed.xml", "/sitemap.xml", "/suche?q=Dortmund",
            "/medien/articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg", "/themen", "/css/site.css",
            PressRoomPages.EventArticle, PressRoomPages.Events, PressRoomPages.EventCalendar, PressRoomPages.ArticleCalendar, PressRoomPages.Attachment,
            PressRoomPages.Embargo.Replace(PressRoomPages.EmbargoToken, _embargoToken), $"/vorab/{_embargoToken}/anhaenge/pressemappe.pdf",
            "/presse", "/presse/kontakte/pressestelle.vcf", EnglishPages.Home, EnglishPages.Article, EnglishPages.Tag, "/en/feed.xml", "/en/search?q=fair"];
        string[] methods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "BREW"];
        var requests = targets.SelectMany(target => methods.Select(method => (method, target, "")))
            .Concat(targets.SelectMany(target => OddHeaders.Select(header => ("GET", target, header))));

        var failures = await SendAllAsync(requests);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Malformed_request_lines_get_a_4xx()
    {
        string[] lines = ["GET /a\0b HTTP/1.1", "GET " + new string('/', 20000) + " HTTP/1.1", "GET\t/\tHTTP/1.1", "GET /%%% HTTP/1.1"];

        foreach (var line in lines)
        {
            var status = await StatusAsync(line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            Assert.True(status is >= 400 and < 500 or 0, $"{line[..Math.Min(40, line.Length)]} → {status}");
        }

        // Kestrel answers an unknown protocol version with 505, the one 5xx HTTP defines for a client's mistake.
        Assert.Equal(505, await StatusAsync("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    private async Task<List<string>> SendAllAsync(IEnumerable<(string Method, string Target, string Header)> requests)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var batch in requests.Chunk(16))
        {
            var statuses = await Task.WhenAll(batch.Select(async r =>
                (r, Status: await StatusAsync($"{r.Method} {r.Target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (r.Header.Length > 0 ? r.Header + "\r\n" : "") + (r.Method is "POST" or "PUT" or "PATCH" ? "Content-Length: 0\r\n" : "") + "\r\n"))));
            failures.AddRange(statuses.Where(s => s.Status is >= 500 or 0 && !(s.Status == 0 && s.r.Method == "HEAD"))
                .Select(s => $"{s.r.Method} {s.r.Target[..Math.Min(80, s.r.Target.Length)]} [{s.r.Header}] → {s.Status}"));
            count += batch.Length;
        }

        Assert.True(count > 100, $"only {count} requests sent");
        return failures;
    }

    /// <summary>Sends one raw request and returns the response's status code (0 when the connection closed without one).</summary>
    private async Task<int> StatusAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", _site.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        var buffer = new byte[64];
        var read = 0;
        while (read < 12 && await stream.ReadAsync(buffer.AsMemory(read)) is var n and > 0)
            read += n;
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
        return statusLine.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(statusLine.AsSpan(9, 3), out var status) ? status : 0;
    }
}
