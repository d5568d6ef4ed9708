using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Operations;

/// <summary>
/// Forged Host and X-Forwarded-Host against the real process, directly and through the shipped
/// deploy/nginx.conf: a visitor's forged header never reaches the pages the next visitor gets.
/// </summary>
public sealed class ForwardedHeaderTests : IAsyncLifetime
{
    private static readonly string[] Pages = ["/artikel/hafen-a", "/", "/feed.xml", "/sitemap.xml", "/robots.txt"];

    private readonly TempContent _content = new();

    public Task InitializeAsync()
    {
        _content.WriteArticle("hafen-a", "Neues vom Hafen", "2026-03-01");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_forwarded_host_from_a_sender_that_is_no_known_proxy_is_ignored()
    {
        using var site = await StartAsync(new() { ["Site__ForwardedHeaders"] = "true", ["Site__KnownProxies__0"] = "192.0.2.1" });
        using var visitor = new HttpClient { BaseAddress = site.BaseAddress };
        foreach (var url in Pages)
            Assert.DoesNotContain("evil.example", await GetAsync(visitor, url, forwardedHost: "evil.example"));
    }

    [Fact]
    public async Task A_forwarded_host_the_site_believes_is_kept_apart_from_other_visitors()
    {
        using var site = await StartAsync(new() { ["Site__ForwardedHeaders"] = "true" }); // loopback is a known proxy
        using var visitor = new HttpClient { BaseAddress = site.BaseAddress };
        foreach (var url in Pages)
        {
            Assert.Contains("evil.example", await GetAsync(visitor, url, forwardedHost: "evil.example"));
            Assert.DoesNotContain("evil.example", await GetAsync(visitor, url));
        }

        Assert.Contains(site.Log, line => line.Contains(" WRN] ") && line.Contains("Site:BaseUrl is not set"));
    }

    [ExternalToolFact(ExternalTools.Nginx)]
    public async Task Through_the_shipped_nginx_config_a_forged_host_or_forwarded_host_reaches_no_other_visitor()
    {
        using var site = await StartAsync(new() { ["Site__ForwardedHeaders"] = "true" });
        using var proxy = await NginxProxy.StartAsync(site.Port);
        using var visitor = new HttpClient { BaseAddress = proxy.BaseAddress };
        foreach (var url in Pages)
        {
            await GetAsync(visitor, url, forwardedHost: "evil.example");
            await GetAsync(visitor, url, host: "evil.example");
            await GetAsync(visitor, url + "?utm_source=evil", forwardedHost: "evil.example");
            for (var pass = 0; pass < 2; pass++) // the second is answered from nginx's cache
            {
                var page = await GetAsync(visitor, url);
                Assert.DoesNotContain("evil.example", page);
                Assert.Contains($"127.0.0.1:{proxy.Port}", page); // links name the address the visitor asked for
            }
        }
    }

    private async Task<SiteProcess> StartAsync(Dictionary<string, string> settings)
    {
        var site = SiteProcess.Start(_content, settings: settings);
        await site.WaitForLogAsync("Now listening on", TimeSpan.FromMinutes(2));
        return site;
    }

    private static async Task<string> GetAsync(HttpClient visitor, string url, string? host = null, string? forwardedHost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null)
            request.Headers.Host = host;
        if (forwardedHost is not null)
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
        using var response = await visitor.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
