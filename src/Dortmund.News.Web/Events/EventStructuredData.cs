using System.Text.Json.Nodes;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;

namespace Dortmund.News.Web.Events;

/// <summary>A schema.org <c>Event</c> for the event an article announces, beside its <c>NewsArticle</c>.</summary>
public static class EventStructuredData
{
    public static string Of(ArticleView article, EventView happening, string canonical, Uri baseUrl, SiteOptions site)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = canonical,
            ["startDate"] = EventTimes.Iso(happening.Start),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Name, ["url"] = baseUrl.AbsoluteUri },
        };
        if (happening.End is { } end)
            json["endDate"] = EventTimes.Iso(end);
        // A Place needs a name or an address; one stands in for the other.
        if ((happening.Location ?? happening.Address) is { } name)
            json["location"] = new JsonObject { ["@type"] = "Place", ["name"] = name, ["address"] = happening.Address ?? name };
        return json.ToJsonString(StructuredData.Options);
    }
}
