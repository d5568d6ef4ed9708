using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dortmund.News.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Events;

/// <summary>An article's "Termin" box and Event markup, and the calendar pages, with an injected clock.</summary>
public sealed partial class EventPageTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public EventPageTests()
    {
        WriteEvent("messe", "Messe in Dortmund", "2026-12-01T10:00:00+01:00", "2026-12-01T16:00:00+01:00", "Westfalenhallen", "Rheinlanddamm 200, 44139 Dortmund");
        WriteEvent("tokio", "Delegation in Tokio", "2026-12-10T10:00:00+09:00", "2026-12-12T17:00:00+09:00", "Tokyo Big Sight", null);
        WriteEvent("vorbei", "Empfang im Rathaus", "2026-11-10T18:00:00+01:00", null, "Rathaus", null);
        _content.WriteArticle("ohne", "Ohne Termin", "2026-11-01");
    }

    public void Dispose() => _content.Dispose();

    private void WriteEvent(string slug, string title, string start, string? end, string? location, string? address) =>
        _content.WriteArticle(slug, title, "2026-11-01", extraFrontMatter: $"event:\n  start: {start}\n"
            + (end is null ? "" : $"  end: {end}\n") + (location is null ? "" : $"  location: {location}\n") + (address is null ? "" : $"  address: \"{address}\"\n"));

    [Fact]
    public async Task The_article_shows_when_and_where_with_a_calendar_file_and_event_markup()
    {
        await using var site = new SiteFactory(_content) { Time = _clock };
        var page = await site.CreateVisitor().GetStringAsync("/artikel/messe");

        Assert.Contains("<h2 id=\"termin\">Termin</h2>", page);
        Assert.Contains("<time datetime=\"2026-12-01T10:00:00&#x2B;01:00\">Dienstag, 1. Dezember 2026, 10:00–16:00 Uhr</time>", page);
        Assert.Contains("<span class=\"event-location\">Westfalenhallen</span>", page);
        Assert.Contains("<span class=\"event-address\">Rheinlanddamm 200, 44139 Dortmund</span>", page);
        Assert.Contains("href=\"/artikel/messe/termin.ics\" download", page);

        var events = JsonLd(page).Where(j => j.GetProperty("@type").GetString() == "Event").ToList();
        var markup = Assert.Single(events);
        Assert.Equal("Messe in Dortmund", markup.GetProperty("name").GetString());
        Assert.Equal("2026-12-01T10:00:00+01:00", markup.GetProperty("startDate").GetString());
        Assert.Equal("2026-12-01T16:00:00+01:00", markup.GetProperty("endDate").GetString());
        Assert.Equal("Westfalenhallen", markup.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("Rheinlanddamm 200, 44139 Dortmund", markup.GetProperty("location").GetProperty("address").GetString());
        Assert.Equal("http://localhost/artikel/messe", markup.GetProperty("url").GetString());

        var without = await site.CreateVisitor().GetStringAsync("/artikel/ohne");
        Assert.DoesNotContain("id=\"termin\"", without);
        Assert.DoesNotContain("\"Event\"", without);
    }

    [Fact]
    public async Task An_event_abroad_is_shown_in_its_local_time_with_the_offset_named()
    {
        await using var site = new SiteFactory(_content) { Time = _clock };

        var page = await site.CreateVisitor().GetStringAsync("/artikel/tokio");

        // HTML-encoded "+" (as every "+" on the site's pages).
        Assert.Contains(">Donnerstag, 10. Dezember 2026, 10:00 Uhr bis Samstag, 12. Dezember 2026, 17:00 Uhr (Ortszeit, UTC&#x2B;9)</time>", page);
    }

    [Fact]
    public async Task Termine_lists_upcoming_events_soonest_first_and_the_past_ones_on_a_page_of_their_own()
    {
        // Ten minutes before the fair ends (15:00 UTC): well within a cached page's hour.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 14, 50, 0, TimeSpan.Zero));
        await using var site = new SiteFactory(_content) { Time = _clock };
        var visitor = site.CreateVisitor();

        var upcoming = await visitor.GetStringAsync("/termine");
        var past = await visitor.GetStringAsync("/termine/vergangen");

        Assert.Equal(["/artikel/messe", "/artikel/tokio"], ArticleLinks(upcoming));
        Assert.Equal(["/artikel/vorbei"], ArticleLinks(past));
        Assert.Contains("href=\"/termine.ics\"", upcoming);
        Assert.Contains("href=\"/termine/vergangen\"", upcoming);
        Assert.Contains("<a href=\"/termine\">anstehende Termine</a>", await visitor.GetStringAsync("/presse"));
        Assert.Contains("<loc>http://localhost/termine</loc>", await visitor.GetStringAsync("/sitemap.xml"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/termine?seite=2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/termine?seite=x")).StatusCode);

        // When the fair is over it moves to the past events, without a sync: the cached pages go at that moment.
        _clock.Advance(TimeSpan.FromMinutes(10));
        await Poll.UntilAsync(async () => !ArticleLinks(await visitor.GetStringAsync("/termine")).Contains("/artikel/messe"), "the fair leaves the upcoming events");
        Assert.Equal(["/artikel/messe", "/artikel/vorbei"], ArticleLinks(await visitor.GetStringAsync("/termine/vergangen")));
    }

    [Fact]
    public async Task Upcoming_events_are_paged_soonest_first()
    {
        for (var i = 1; i <= 12; i++)
            WriteEvent($"termin-{i:00}", $"Termin {i}", $"2027-01-{i:00}T10:00:00+01:00", null, "Dortmund", null);
        await using var site = new SiteFactory(_content) { Time = _clock };
        var visitor = site.CreateVisitor();

        var first = await visitor.GetStringAsync("/termine");
        var second = await visitor.GetStringAsync("/termine?seite=2");

        Assert.Equal(10, ArticleLinks(first).Count);
        Assert.Equal(["/artikel/termin-09", "/artikel/termin-10", "/artikel/termin-11", "/artikel/termin-12"], ArticleLinks(second));
        Assert.Contains("<a rel=\"next\" href=\"/termine?seite=2\">Spätere →</a>", first);
        Assert.Contains("<a rel=\"prev\" href=\"/termine\">← Frühere</a>", second);
    }

    private static List<string> ArticleLinks(string page) =>
        EventLink().Matches(page).Select(m => m.Groups[1].Value).ToList();

    private static IEnumerable<JsonElement> JsonLd(string page) =>
        JsonLdBlock().Matches(page).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone());

    [GeneratedRegex("<h2 class=\"event-title\"><a href=\"([^\"]+)\">")]
    private static partial Regex EventLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
