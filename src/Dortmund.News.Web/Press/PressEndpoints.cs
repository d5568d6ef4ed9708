using System.Text;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Press;

/// <summary>
/// The contacts' vCards at <c>/presse/kontakte/{slug}.vcf</c>: generated documents like the feeds, so the
/// page cache keeps them (evicted with the press room when a contact changes) and the page validators
/// answer conditional requests.
/// </summary>
internal static class PressEndpoints
{
    public static IEndpointRouteBuilder MapPressEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.ContactCard, [HttpMethods.Get, HttpMethods.Head], ContactCardAsync);
        return app;
    }

    private static async Task<IResult> ContactCardAsync(HttpContext http, string slug, PressQueries queries, SiteUrls urls,
        CancellationToken cancellationToken)
    {
        if (await queries.ContactAsync(slug, cancellationToken) is not { } contact)
            return Results.NotFound();
        var card = ContactCards.Of(contact, urls.Absolute(http.Request, SiteRoutes.ContactCardPath(contact.Slug)),
            urls.Absolute(http.Request, SiteRoutes.Press));
        // A download named after the contact, saved straight into the address book.
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = contact.Slug + SiteRoutes.ContactCardExtension,
        }.ToString();
        return Results.Text(Encoding.UTF8.GetBytes(card), VCard.MediaType + "; charset=utf-8");
    }
}
