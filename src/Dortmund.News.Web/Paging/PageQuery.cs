using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Paging;

/// <summary>
/// The query values a page can show something different for: the page number (<c>?seite=</c>) and
/// the search text (<c>?q=</c>). Pages read them only through here, which notes what each render
/// read, so the page cache keys a page by exactly the values it depends on: a value a page never
/// read cannot split its cache entry, and no other query key reaches a page.
/// </summary>
public sealed class PageQuery
{
    public const string PageNumberKey = "seite";
    public const string SearchTextKey = "q";

    /// <summary>Longer search text is cut: a pasted essay does not echo back or make a cache key of kilobytes.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>The page number this render read (null: it read none).</summary>
    public int? PageNumberRead { get; private set; }

    /// <summary>The search text this render read (null: it read none).</summary>
    public string? SearchTextRead { get; private set; }

    /// <summary>The page number, 1 when absent; false for anything but a positive whole number (a bad request).</summary>
    public static bool TryReadPageNumber(HttpContext http, out int page)
    {
        page = PageNumberOf(http.Request.Query[PageNumberKey]);
        Of(http).PageNumberRead = page;
        return page >= 1;
    }

    /// <summary>The search text, trimmed and cut to <see cref="MaxSearchLength"/>; empty when absent.</summary>
    public static string ReadSearchText(HttpContext http)
    {
        var text = SearchTextOf(http.Request.Query[SearchTextKey]) ?? "";
        Of(http).SearchTextRead = text;
        return text;
    }

    /// <summary>What this request's render has read so far (the page cache asks <c>http.Features.Get&lt;PageQuery&gt;()</c>).</summary>
    private static PageQuery Of(HttpContext http)
    {
        if (http.Features.Get<PageQuery>() is { } read)
            return read;
        read = new PageQuery();
        http.Features.Set(read);
        return read;
    }

    /// <summary>The page number as a page reads it: 1 when absent or empty, 0 when it is no positive whole number.</summary>
    public static int PageNumberOf(StringValues values)
    {
        var value = values.Count > 0 ? values[0] : null;
        if (string.IsNullOrEmpty(value))
            return 1;
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
               && page >= 1 ? page : 0;
    }

    /// <summary>The search text as a page reads it; null when absent or blank.</summary>
    public static string? SearchTextOf(StringValues values)
    {
        var text = (values.Count > 0 ? values[0] : null)?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        return text.Length > MaxSearchLength ? text[..MaxSearchLength] : text;
    }
}
