namespace Dortmund.News.Web.Pages;

/// <summary>The <c>?seite=</c> query value: absent means 1; anything but a positive whole number is a bad request.</summary>
public static class PageNumber
{
    public static bool TryParse(string? value, out int page)
    {
        if (string.IsNullOrEmpty(value))
        {
            page = 1;
            return true;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page)
               && page >= 1;
    }
}
