namespace Dortmund.News.Testing;

/// <summary>
/// The page types of the press room's events, files and embargo links, as the page-type checks (axe, vnu, layout,
/// hostile requests) visit them: an article with an event and attachments, a scheduled one, and the calendar pages.
/// </summary>
public static class PressRoomPages
{
    public const string EventArticle = "/artikel/messe-mit-unterlagen";
    public const string Events = "/termine";
    public const string PastEvents = "/termine/vergangen";
    public const string EventCalendar = "/termine.ics";
    public const string ArticleCalendar = EventArticle + "/termin.ics";
    public const string Attachment = EventArticle + "/anhaenge/programm.pdf";

    /// <summary>Stands for the token in an embargo page's path until <see cref="Write"/> made one.</summary>
    public const string EmbargoToken = "{embargo-token}";

    public const string Embargo = "/vorab/" + EmbargoToken;

    private const string Scheduled = "articles/2099/investition-mit-sperrfrist/index.md";

    /// <summary>Writes the articles (test fixtures, not press releases) and returns the embargo link's token for this content's key ring.</summary>
    public static string Write(TempContent content)
    {
        content.Write("articles/2026/messe-mit-unterlagen/programm.pdf", new byte[182_000]);
        content.Write("articles/2026/messe-mit-unterlagen/teilnehmer.xlsx", new byte[1_300_000]);
        content.Write("articles/2026/messe-mit-unterlagen/index.md", """
            ---
            title: "Testartikel: Messe mit Termin und Unterlagen"
            date: 2026-10-01T09:00:00+02:00
            authors: [jaeger]
            tags: [Delegation]
            event:
              start: 2099-03-10T09:00:00+01:00
              end: 2099-03-12T17:00:00+01:00
              location: Westfalenhallen Dortmund, Halle 3
              address: Rheinlanddamm 200, 44139 Dortmund
            attachments:
              - src: programm.pdf
                title: Programm der Messe
              - src: teilnehmer.xlsx
                title: Liste der Ausstellenden
            ---

            Ein Testartikel mit einem Termin und zwei Dateien zum Herunterladen.
            """);
        content.WriteArticle("vergangener-termin", "Testartikel: vergangener Termin", "2026-01-05",
            extraFrontMatter: "event:\n  start: 2026-01-20T18:00:00+01:00\n  location: Rathaus Dortmund\n");
        content.Write(Scheduled, """
            ---
            title: "Testartikel: Investition mit Sperrfrist"
            date: 2099-01-15T10:00:00+01:00
            attachments:
              - src: pressemappe.pdf
                title: Pressemappe
            ---

            Ein Testartikel, der erst zu seinem Zeitpunkt erscheint.
            """);
        content.Write("articles/2099/investition-mit-sperrfrist/pressemappe.pdf", new byte[5000]);
        return EmbargoTestLinks.Token(content, "investition-mit-sperrfrist", Scheduled);
    }
}
