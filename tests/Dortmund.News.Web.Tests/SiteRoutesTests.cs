using Dortmund.News.Catalogue;
using Dortmund.News.Testing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests;

/// <summary>The routes are defined once, in <see cref="SiteRoutes"/>: each page's <c>@page</c> literal says the same.</summary>
public sealed class SiteRoutesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Every_page_is_routed_at_its_SiteRoutes_template_and_no_page_elsewhere()
    {
        await using var site = new SiteFactory(_content);

        var routed = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, Route: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Order();

        (string, string)[] expected =
        [
            ("/Index", SiteRoutes.Home),
            ("/Artikel/Details", SiteRoutes.Article),
            // The same page shows a scheduled article before its moment to the holders of an embargo link.
            ("/Artikel/Details", SiteRoutes.Embargo),
            ("/Autoren/Details", SiteRoutes.Author),
            ("/Rubrik/Details", SiteRoutes.Category),
            ("/Themen/Index", SiteRoutes.Tags),
            ("/Themen/Details", SiteRoutes.Tag),
            ("/Archiv/Index", SiteRoutes.Archive),
            ("/Archiv/Zeitraum", SiteRoutes.ArchivePeriod),
            ("/Suche/Index", SiteRoutes.Search),
            ("/Presse/Index", SiteRoutes.Press),
            ("/Presse/Bildrechte", SiteRoutes.PhotoTerms),
            ("/Termine/Index", SiteRoutes.Events),
            ("/Termine/Vergangen", SiteRoutes.PastEvents),
            ("/Fehler", SiteRoutes.Error),
            // The English pages, the same page classes under /en/ with English path words.
            ("/Index", SiteRoutes.English.Root),
            ("/Artikel/Details", SiteRoutes.English.Article),
            ("/Autoren/Details", SiteRoutes.English.Author),
            ("/Rubrik/Details", SiteRoutes.English.Category),
            ("/Themen/Index", SiteRoutes.English.Tags),
            ("/Themen/Details", SiteRoutes.English.Tag),
            ("/Archiv/Index", SiteRoutes.English.Archive),
            ("/Archiv/Zeitraum", SiteRoutes.English.ArchivePeriod),
            ("/Suche/Index", SiteRoutes.English.Search),
            ("/Presse/Index", SiteRoutes.English.Press),
            ("/Presse/Bildrechte", SiteRoutes.English.PhotoTerms),
            ("/Termine/Index", SiteRoutes.English.Events),
            ("/Termine/Vergangen", SiteRoutes.English.PastEvents),
        ];
        Assert.Equal(expected.Order(), routed);
    }

    [Fact]
    public async Task The_catalogue_checks_links_and_keeps_old_urls_under_the_article_pages_prefix()
    {
        await using var site = new SiteFactory(_content);

        Assert.Equal(SiteRoutes.ArticlePrefix, site.Services.GetRequiredService<CatalogueSettings>().ArticlePathPrefix);
        // The catalogue's own tests are given the same.
        Assert.Equal(SiteRoutes.ArticlePrefix, TempContent.ArticlePathPrefix);
    }
}
