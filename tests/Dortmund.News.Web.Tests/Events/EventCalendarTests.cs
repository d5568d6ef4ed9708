using System.Net;
using System.Text.Json;
using Dortmund.News.Testing;
using Ical.Net;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Events;

/// <summary>The calendar files, read back by Ical.Net and by ical.js (Mozilla's parser, an independent reader).</summary>
public sealed class EventCalendarTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public EventCalendarTests()
    {
        _content.WriteArticle("messe", "Messe: Dortmund, Ruhr; Zukunft", "2026-11-01", body: "Ein Absatz mit Komma, Semikolon; und Backslash \\\\ darin.",
            extraFrontMatter: "lastmod: 2026-11-05T12:30:00+01:00\nevent:\n  start: 2026-12-01T10:00:00+01:00\n  end: 2026-12-01T16:00:00+01:00\n"
                              + "  location: Westfalenhallen, Halle 3\n  address: \"Rheinlanddamm 200, 44139 Dortmund\"\n");
        // Far ahead of today: the zone's rules are still written from a moment before it.
        _content.WriteArticle("sommer", "Sommerfest", "2026-11-01", extraFrontMatter: "event:\n  start: 2099-07-01T18:00:00+02:00\n");
        _content.WriteArticle("tokio", "Delegation in Tokio", "2026-11-01", extraFrontMatter: "event:\n  start: 2026-12-10T10:00:00+09:00\n");
        _content.WriteArticle("entwurf", "Geheimer Termin", "2026-11-01", extraFrontMatter: "draft: true\nevent:\n  start: 2026-12-10T10:00:00+01:00\n");
        _content.WriteArticle("geplant", "Noch gesperrt", "2026-12-01", extraFrontMatter: "event:\n  start: 2026-12-10T10:00:00+01:00\n");
    }

    public void Dispose() => _content.Dispose();

    private SiteFactory Site() => new(_content) { Time = _clock, Settings = { ["Site:BaseUrl"] = "https://dortmund.news" } };

    [Fact]
    public async Task An_articles_calendar_file_reads_back_in_Ical_Net_with_its_times_uid_and_escaped_text()
    {
        await using var site = Site();
        var response = await site.CreateVisitor().GetAsync("/artikel/messe/termin.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"termin-messe.ics\"", response.Content.Headers.ContentDisposition?.ToString());
        var calendar = Calendar.Load(text)!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("artikel-messe@dortmund.news", entry.Uid);
        Assert.Equal("Messe: Dortmund, Ruhr; Zukunft", entry.Summary);
        Assert.Equal("Ein Absatz mit Komma, Semikolon; und Backslash \\ darin.", entry.Description);
        Assert.Equal("Westfalenhallen, Halle 3, Rheinlanddamm 200, 44139 Dortmund", entry.Location);
        Assert.Equal(new Uri("https://dortmund.news/artikel/messe"), entry.Url);
        Assert.Equal("Europe/Berlin", entry.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), entry.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc), entry.DtEnd!.AsUtc);
        // The article's last change, so every replica writes the same bytes.
        Assert.Equal(new DateTime(2026, 11, 5, 11, 30, 0, DateTimeKind.Utc), entry.DtStamp!.AsUtc);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261201T100000", text);
        Assert.Contains("SUMMARY:Messe: Dortmund\\, Ruhr\\; Zukunft", text);

        // An event far ahead of today, alone in its file, with the zone's rules.
        var summer = Calendar.Load(await site.CreateVisitor().GetStringAsync("/artikel/sommer/termin.ics"))!;
        Assert.Equal("Europe/Berlin", Assert.Single(summer.Events).DtStart!.TzId);
    }

    [Fact]
    public async Task The_subscribable_calendar_has_every_public_event_in_the_right_zone()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();
        var response = await visitor.GetAsync("/termine.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(["artikel-messe@dortmund.news", "artikel-tokio@dortmund.news", "artikel-sommer@dortmund.news"], calendar.Events.Select(e => e.Uid));
        var summer = calendar.Events.Single(e => e.Uid!.StartsWith("artikel-sommer"));
        Assert.Equal(new DateTime(2099, 7, 1, 16, 0, 0, DateTimeKind.Utc), summer.DtStart!.AsUtc);
        // An offset that is not Dortmund's names no zone: the moment is written in UTC.
        var tokyo = calendar.Events.Single(e => e.Uid!.StartsWith("artikel-tokio"));
        Assert.True(tokyo.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2026, 12, 10, 1, 0, 0, DateTimeKind.Utc), tokyo.DtStart.AsUtc);
        Assert.DoesNotContain("Geheimer Termin", text);
        Assert.DoesNotContain("Noch gesperrt", text);

        // Conditional requests as for feeds; the same bytes again.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/termine.ics");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_changed_event_reaches_the_calendars_at_the_next_sync()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();
        Assert.Contains("20261201T100000", await visitor.GetStringAsync("/termine.ics"));
        Assert.Contains("20261201T100000", await visitor.GetStringAsync("/artikel/messe/termin.ics"));

        _content.WriteArticle("messe", "Messe", "2026-11-01", extraFrontMatter: "event:\n  start: 2026-12-02T11:00:00+01:00\n");
        await site.SyncAsync();

        Assert.Contains("20261202T110000", await visitor.GetStringAsync("/termine.ics"));
        Assert.Contains("20261202T110000", await visitor.GetStringAsync("/artikel/messe/termin.ics"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/artikel/ohne-termin/termin.ics")).StatusCode);
    }

    [ExternalToolFact(ExternalTools.IcalJs)]
    public async Task The_calendars_read_back_in_ical_js()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var single = await IcalJs.ParseAsync(await visitor.GetStringAsync("/artikel/messe/termin.ics"));
        var all = await IcalJs.ParseAsync(await visitor.GetStringAsync("/termine.ics"));

        Assert.Equal("vcalendar", single[0].GetString());
        var events = Components(all, "vevent").ToList();
        Assert.Equal(3, events.Count);
        var fair = Properties(Components(single, "vevent").Single());
        Assert.Equal("artikel-messe@dortmund.news", fair["uid"].Value.GetString());
        Assert.Equal("Messe: Dortmund, Ruhr; Zukunft", fair["summary"].Value.GetString());
        Assert.Equal("Ein Absatz mit Komma, Semikolon; und Backslash \\ darin.", fair["description"].Value.GetString());
        Assert.Equal("2026-12-01T10:00:00", fair["dtstart"].Value.GetString());
        Assert.Equal("Europe/Berlin", fair["dtstart"].Parameters.GetProperty("tzid").GetString());
        Assert.Equal("2026-11-05T11:30:00Z", fair["dtstamp"].Value.GetString());
        Assert.Single(Components(single, "vtimezone"));
        var tokyo = Properties(events.Single(e => Properties(e)["uid"].Value.GetString() == "artikel-tokio@dortmund.news"));
        Assert.Equal("2026-12-10T01:00:00Z", tokyo["dtstart"].Value.GetString());
    }

    private static IEnumerable<JsonElement> Components(JsonElement calendar, string name) =>
        calendar[2].EnumerateArray().Where(c => c[0].GetString() == name);

    private static Dictionary<string, (JsonElement Parameters, JsonElement Value)> Properties(JsonElement component) =>
        IcalJs.Properties(component).ToDictionary(p => p.Name, p => (p.Parameters, p.Value));
}
