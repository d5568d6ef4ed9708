using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Events;

/// <summary>An article's "Termin" box: its event, and where its calendar file is (none on an embargo link's page).</summary>
public sealed record EventBox(EventView Event, string? CalendarPath);
