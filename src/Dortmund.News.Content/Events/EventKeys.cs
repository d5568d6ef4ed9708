using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Events;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The keys of an article's <c>event:</c> group, read by <see cref="EventReader"/>.</summary>
public static class EventKeys
{
    public static readonly MomentKey Start = new("start",
        "Beginn mit Datum, Uhrzeit und Zeitzone: 2026-12-01T10:00:00+01:00 (im Sommer +02:00).") { RequiredBy = Rules.MissingKey };

    public static readonly MomentKey End = new("end", "Ende, Format wie start; nicht vor dem Beginn.");
    public static readonly TextKey Location = new("location", "Ort, z. B. Westfalenhallen, Halle 3.");
    public static readonly TextKey Address = new("address", "Anschrift des Orts.");

    public static readonly KeySet Set = new("event", "Termin", [Start, End, Location, Address]);
}
