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
}
