using System.Globalization;
using Dortmund.News.Web.Localization;

namespace Dortmund.News.Web.Pages.Archiv;

/// <summary>Addresses and names of the archive's years and months in the page's language: /archiv/2026, /en/archive/2026/03.</summary>
public static class ArchiveLinks
{
    public static string Year(int year) => Year(SiteLanguage.Current.Routes, year);

    public static string Year(LanguageRoutes routes, int year) => routes.ArchivePrefix + year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => Month(SiteLanguage.Current.Routes, year, month);

    public static string Month(LanguageRoutes routes, int year, int month) => Year(routes, year) + "/" + month.ToString("00", CultureInfo.InvariantCulture);

    public static string MonthName(int month) => SiteLanguage.Current.Culture.DateTimeFormat.GetMonthName(month);

    /// <summary>A year as the path writes it: four digits.</summary>
    public static bool TryParseYear(string? value, out int year) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year) && value!.Length == 4 && year >= 1000;

    /// <summary>A month as the path writes it: two digits, 01–12.</summary>
    public static bool TryParseMonth(string? value, out int month) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out month) && value!.Length == 2 && month is >= 1 and <= 12;
}
