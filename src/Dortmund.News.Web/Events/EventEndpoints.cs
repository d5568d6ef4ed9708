using System.Text;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Events;

internal static class EventEndpoints
{
    /// <summary>
    /// <c>/termine.ics</c>, every public article's event to subscribe to, and <c>/artikel/{slug}/termin.ics</c>, one
    /// article's event to add to a calendar. Documents like the feeds: cached, validated, reused for five minutes.
    /// </summary>
    public static IEndpointRouteBuilder MapEventCalendars(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.EventCalendar, [HttpMethods.Get, HttpMethods.Head],
            async (HttpContext http, EventQueries events, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
            {
                var entries = await events.CalendarAsync(cancellationToken);
                return Calendar(http, entries, urls, $"{site.Value.Name} – Termine");
            });
        app.MapMethods(SiteRoutes.ArticleEventCalendar, [HttpMethods.Get, HttpMethods.Head],
            async (string slug, HttpContext http, EventQueries events, SiteUrls urls, CancellationToken cancellationToken) =>
            {
                if (await events.OfArticleAsync(slug, cancellationToken) is not { } entry)
                    return Results.NotFound();
                http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"termin-{entry.Slug}.ics\"";
                return Calendar(http, [entry], urls, entry.Title);
            });
        return app;
    }

    private static IResult Calendar(HttpContext http, IReadOnlyList<CalendarEntry> entries, SiteUrls urls, string name) =>
        DiscoveryEndpoints.Document(http, Encoding.UTF8.GetBytes(EventCalendar.Write(entries, urls.Base(http.Request), name)), EventCalendar.MediaType,
            entries.Count > 0 ? entries.Max(e => e.UpdatedUtc) : null);
}
