using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Paging;

/// <summary>The previous/next links of a paged listing at <paramref name="BasePath"/> (page 1 has no query).</summary>
public sealed record PagerLinks(int Number, int PageCount, string BasePath)
{
    public PagerLinks(Page<ArticleCard> page, string basePath) : this(page.Number, page.PageCount, basePath) { }

    /// <summary>
    /// The link text towards page 1, when not the listings' "newer" (they run newest first; the upcoming events run
    /// soonest first); the pager takes the words from the page's language.
    /// </summary>
    public string? PreviousLabel { get; init; }

    /// <summary>The link text away from page 1, when not the listings' "older".</summary>
    public string? NextLabel { get; init; }

    public string? Previous => Number > 1 ? Link(Number - 1) : null;
    public string? Next => Number < PageCount ? Link(Number + 1) : null;

    // A base path with its own query (the search's ?q=) takes the page number as one more parameter.
    private string Link(int number) => number == 1 ? BasePath : $"{BasePath}{(BasePath.Contains('?') ? '&' : '?')}seite={number}";
}
