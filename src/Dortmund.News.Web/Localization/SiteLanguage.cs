using System.Globalization;
using Dortmund.News.Content.Translations;
using Microsoft.AspNetCore.Diagnostics;

namespace Dortmund.News.Web.Localization;

/// <summary>
/// A language the site is published in: its code (as content's <c>lang:</c>, <c>hreflang</c> and <c>&lt;html lang&gt;</c>
/// write it), the culture its dates and numbers are written in, and its pages' addresses. German is the default and
/// lives at the root; English lives under <c>/en/</c>. <see cref="Name"/> is the language's name in itself, as the switcher shows it. A page's language is decided by its path alone.
/// </summary>
public sealed record SiteLanguage(string Code, string Name, CultureInfo Culture, string OpenGraphLocale, LanguageRoutes Routes,
    string DateFormat, string DateAndTimeFormat, string DayFormat, string ClockSuffix)
{
    public static readonly SiteLanguage German = new(Languages.German, "Deutsch", CultureInfo.GetCultureInfo("de-DE"), "de_DE", LanguageRoutes.German,
        "d. MMMM yyyy", "d. MMMM yyyy, HH:mm 'Uhr'", "dddd, d. MMMM yyyy", " Uhr");

    // British English: day before month and the 24-hour clock, as a European agency writes for an international audience.
    public static readonly SiteLanguage English = new(Languages.English, "English", CultureInfo.GetCultureInfo("en-GB"), "en_GB", LanguageRoutes.English,
        "d MMMM yyyy", "d MMMM yyyy, HH:mm", "dddd, d MMMM yyyy", "");

    /// <summary>Every language, the default first.</summary>
    public static readonly IReadOnlyList<SiteLanguage> All = [German, English];

    /// <summary>The language of the page being rendered: the request culture <see cref="PathLanguage"/> set from its path.</summary>
    public static SiteLanguage Current => CultureInfo.CurrentUICulture.Name == English.Culture.Name ? English : German;

    /// <summary>The language with this code (<see cref="Languages"/>: <c>de</c>, <c>en</c>), German for anything else.</summary>
    public static SiteLanguage ByCode(string? code) => All.FirstOrDefault(l => l.Code == code) ?? German;

    /// <summary>The language of the page at <paramref name="path"/>: English under <c>/en</c>, German everywhere else.</summary>
    public static SiteLanguage OfPath(PathString path) => path.StartsWithSegments(SiteRoutes.English.Root, StringComparison.OrdinalIgnoreCase) ? English : German;

    /// <summary>
    /// The language of the page a request asks for; for an error page, that of the address that failed, so a
    /// missing English page says so in English.
    /// </summary>
    public static SiteLanguage Of(HttpContext http) =>
        OfPath(http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
               ?? http.Features.Get<IExceptionHandlerPathFeature>()?.Path
               ?? http.Request.Path);

    /// <summary>The other language: where the switcher in the header leads.</summary>
    public SiteLanguage Other => this == German ? English : German;
}
