using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Resilience;

public sealed class SlowVisitorTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_visitor_who_reads_nothing_does_not_hold_up_the_next_visitor_of_the_same_page()
    {
        // A page of ~3 MB: far more than the sockets and Kestrel's buffers take in while nobody reads.
        var paragraph = string.Join(' ', Enumerable.Repeat("Der Hafen wächst und die Delegation staunt.", 40));
        _content.WriteArticle("gross", "Ein sehr langer Bericht", "2026-03-01", string.Join("\n\n", Enumerable.Repeat(paragraph, 1_700)));
        using var site = SiteProcess.Start(_content);
        await site.WaitForLogAsync("Now listening on", TimeSpan.FromMinutes(2));

        using var slow = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await slow.ConnectAsync(IPAddress.Loopback, site.Port);
        await slow.SendAsync(Encoding.ASCII.GetBytes($"GET /artikel/gross HTTP/1.1\r\nHost: 127.0.0.1:{site.Port}\r\n\r\n"));
        await Task.Delay(TimeSpan.FromSeconds(1)); // its render is under way (or done), and it has read nothing

        using var next = new HttpClient { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var clock = Stopwatch.StartNew();
        var page = await next.GetStringAsync("/artikel/gross");

        Assert.Contains("Ein sehr langer Bericht", page);
        Assert.True(page.Length > 3_000_000, $"{page.Length} characters");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"waited {clock.Elapsed}");
    }
}
