using System.Net;
using Dortmund.News.Catalogue;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Pages;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_unexpected_error_is_a_friendly_500_page_without_details()
    {
        using var content = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(content);
        var visitor = site.CreateVisitor();
        await visitor.GetAsync("/");
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE GalleryImages");

        var response = await visitor.GetAsync("/artikel/besuch-suedkoreanische-delegation");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ein Fehler ist aufgetreten", html);
        Assert.Contains("class=\"site-header\"", html);
        Assert.DoesNotContain("SqliteException", html);
        Assert.DoesNotContain("GalleryImages", html);
    }

    [Theory]
    [InlineData("POST", "/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("TRACE", "/artikel/besuch-suedkoreanische-delegation", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/feed.xml", HttpStatusCode.MethodNotAllowed)]
    [InlineData("OPTIONS", "/", HttpStatusCode.NoContent)]
    public async Task The_site_is_read_only(string method, string path, HttpStatusCode expected)
    {
        using var content = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(content);

        var response = await site.CreateVisitor().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/fehler/500")]
    [InlineData("/fehler/0")]
    [InlineData("/fehler/404")]
    public async Task The_error_page_visited_directly_is_not_found(string path)
    {
        using var content = new TempContent();
        await using var site = new SiteFactory(content);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateVisitor().GetAsync(path)).StatusCode);
    }
}
