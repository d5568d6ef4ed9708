using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Events;

/// <summary>Events are synced with their article and listed as their article is visible (dates far from today, on the system clock).</summary>
public sealed class EventSyncTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteEvent(string slug, string start, string? end = null, string extra = "", string date = "2026-01-01") =>
        _content.WriteArticle(slug, $"Termin {slug}", date, extraFrontMatter:
            $"{extra}event:\n  start: {start}\n" + (end is null ? "" : $"  end: {end}\n") + "  location: Westfalenhallen\n  address: Rheinlanddamm 200, 44139 Dortmund\n");

    [Fact]
    public async Task Upcoming_events_are_listed_soonest_first_and_past_ones_latest_first()
    {
        WriteEvent("spaeter", "2099-06-01T10:00:00+02:00");
        WriteEvent("bald", "2099-03-01T10:00:00+01:00", "2099-03-03T18:00:00+01:00");
        WriteEvent("vorbei", "2001-03-01T10:00:00+01:00");
        WriteEvent("laenger-vorbei", "2000-03-01T10:00:00+01:00");
        // Running now (started long ago, ends far off): still upcoming, so nobody misses it.
        WriteEvent("laeuft", "2001-01-01T10:00:00+01:00", "2099-12-31T18:00:00+01:00");
        WriteEvent("entwurf", "2099-01-01T10:00:00+01:00", extra: "draft: true\n");
        WriteEvent("geplant", "2099-01-01T10:00:00+01:00", date: "2098-12-01");
        _content.WriteArticle("ohne", "Ohne Termin", "2026-01-01");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var upcoming = await host.QueryAsync<EventQueries, Page<CalendarEntry>?>(q => q.UpcomingAsync(1, CancellationToken.None));
        var past = await host.QueryAsync<EventQueries, Page<CalendarEntry>?>(q => q.PastAsync(1, CancellationToken.None));
        var calendar = await host.QueryAsync<EventQueries, IReadOnlyList<CalendarEntry>>(q => q.CalendarAsync(CancellationToken.None));

        Assert.Equal(["laeuft", "bald", "spaeter"], upcoming!.Items.Select(e => e.Slug));
        Assert.Equal(["vorbei", "laenger-vorbei"], past!.Items.Select(e => e.Slug));
        Assert.Equal(["laenger-vorbei", "laeuft", "vorbei", "bald", "spaeter"], calendar.Select(e => e.Slug));
        var bald = upcoming.Items[1].Event;
        Assert.Equal(new DateTimeOffset(2099, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), bald.Start);
        Assert.Equal(TimeSpan.FromHours(1), bald.Start.Offset);
        Assert.Equal(new DateTimeOffset(2099, 3, 3, 18, 0, 0, TimeSpan.FromHours(1)), bald.End);
        Assert.Equal(("Westfalenhallen", "Rheinlanddamm 200, 44139 Dortmund"), (bald.Location, bald.Address));
        Assert.Null(await host.QueryAsync<EventQueries, Page<CalendarEntry>?>(q => q.UpcomingAsync(2, CancellationToken.None)));
    }

    [Fact]
    public async Task An_event_keeps_the_offset_the_editor_wrote_and_goes_with_its_article()
    {
        WriteEvent("tokio", "2099-04-01T10:00:00+09:00");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        var article = await host.QueryAsync(q => q.BySlugAsync("tokio", CancellationToken.None));
        Assert.Equal(TimeSpan.FromHours(9), article!.Event!.Start.Offset);
        Assert.Equal(new DateTime(2099, 4, 1, 1, 0, 0), article.Event.Start.UtcDateTime);

        _content.WriteArticle("tokio", "Termin tokio", "2026-01-01");
        await host.Sync.SyncAsync();
        Assert.Null((await host.QueryAsync(q => q.BySlugAsync("tokio", CancellationToken.None)))!.Event);
        Assert.Equal(0, await host.DbAsync(db => db.ArticleEvents.CountAsync()));

        _content.Delete("articles/tokio.md");
        WriteEvent("andere", "2099-04-01T10:00:00+02:00");
        await host.Sync.SyncAsync();
        Assert.Equal(1, await host.DbAsync(db => db.ArticleEvents.CountAsync()));
    }
}
