using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Hosting;
using Dortmund.News.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Operations;

public sealed class SecurityHeaderTests : IDisposable
{
    // One URL per page type; page types other issues add join this list.
    public static readonly TheoryData<string> EveryPageType = new()
    {
        "/", "/?seite=1", "/artikel/besuch-suedkoreanische-delegation", "/autoren/jaeger", "/artikel/gibt-es-nicht", "/?seite=abc",
        "/themen", "/themen/delegation", "/rubrik/wirtschaftsfoerderung-international", "/archiv", "/archiv/2026", "/suche?q=Hafen",
        "/feed.xml", "/atom.xml", "/sitemap.xml", "/robots.txt", "/css/site.css", "/medien/articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg",
        "/healthz", "/readyz", "/presse", "/presse/kontakte/pressestelle.vcf",
    };

    private readonly TempContent _content = new(withSeedContent: true);

    public void Dispose() => _content.Dispose();

    [Theory]
    [MemberData(nameof(EveryPageType))]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        foreach (var _ in new[] { "rendered", "from the cache" })
        {
            var response = await visitor.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url}: {response.StatusCode}");
            var csp = Header(response, "Content-Security-Policy");
            Assert.Equal(SecurityExtensions.ContentSecurityPolicy, csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Equal(SecurityExtensions.PermissionsPolicy, Header(response, "Permissions-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();
        foreach (var url in (string[])["/", "/artikel/besuch-suedkoreanische-delegation", "/autoren/jaeger", "/artikel/gibt-es-nicht"])
        {
            var html = await (await visitor.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.Contains("</html>", html);
            Assert.DoesNotMatch("<script(?![^>]*type=\"application/ld\\+json\")(?![^>]*src=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }
    }

    [Fact]
    public async Task Production_redirects_to_https_and_sends_hsts()
    {
        await using var site = new SiteFactory(_content);
        await using var withPort = site.WithWebHostBuilder(b => b.UseSetting("https_port", "443"));

        var redirect = await withPort.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://localhost/", redirect.Headers.Location?.ToString());

        var secure = await withPort.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://news.example.org") }).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal("max-age=31536000", Header(secure, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_tls_proxy_there_is_no_redirect_but_every_response_carries_hsts()
    {
        await using var site = new SiteFactory(_content);
        await using var behindProxy = site.WithWebHostBuilder(b => b
            .UseSetting("https_port", "443")
            .UseSetting(SecurityExtensions.HttpsRedirectionKey, "false"));

        // As from nginx: plain HTTP on loopback, no forwarded headers believed. The proxy passes the header on over TLS.
        var plain = await behindProxy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("max-age=31536000", Header(plain, "Strict-Transport-Security"));
        var missing = await behindProxy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/artikel/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("max-age=31536000", Header(missing, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("true", "https://news.example.org")]
    [InlineData("false", "http://localhost")]
    public async Task Hsts_max_age_is_configurable(string httpsRedirection, string address)
    {
        await using var site = new SiteFactory(_content);
        await using var configured = site.WithWebHostBuilder(b => b
            .UseSetting("https_port", "443")
            .UseSetting(SecurityExtensions.HttpsRedirectionKey, httpsRedirection)
            .UseSetting(SecurityExtensions.HstsMaxAgeKey, "600"));

        var response = await configured.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) }).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=600", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_neither_redirects_nor_sends_hsts()
    {
        await using var site = new SiteFactory(_content, "Development");
        await using var withPort = site.WithWebHostBuilder(b => b.UseSetting("https_port", "443"));

        var plain = await withPort.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Kestrel_does_not_name_the_server_software()
    {
        // On a real socket: the in-memory test server sends no Server header of its own.
        await using var site = new SiteFactory(_content);
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var visitor = new HttpClient();

        var response = await visitor.GetAsync(address.TrimEnd('/') + "/artikel/besuch-suedkoreanische-delegation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
