using System.Globalization;
using Dortmund.News.Catalogue.Sync;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// Names the page-cache tags of a page from its URL, and the tags a catalogue change evicts.
/// A page is tagged with the one thing it is about (an article, a tag, a category, an author, a
/// year); pages about the whole catalogue (home, overviews, search, feeds, sitemaps) are
/// <see cref="Listing"/>, which every article change evicts.
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every cached page.</summary>
    public const string Site = "site";

    /// <summary>Pages that list or count all articles.</summary>
    public const string Listing = "listing";

    /// <summary>
    /// First URL segment (after <c>/en</c> on an English page) → the kind of thing the next segment names. Add new page
    /// types here, in both languages.
    /// </summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        [FirstSegment(SiteRoutes.ArticlePrefix)] = "article",
        [FirstSegment(SiteRoutes.TagPrefix)] = "tag",
        [FirstSegment(SiteRoutes.CategoryPrefix)] = "category",
        [FirstSegment(SiteRoutes.AuthorPrefix)] = "author",
        [FirstSegment(SiteRoutes.ArchivePrefix)] = "year",
        [FirstSegment(SiteRoutes.English.ArticlePrefix)] = "article",
        [FirstSegment(SiteRoutes.English.TagPrefix)] = "tag",
        [FirstSegment(SiteRoutes.English.CategoryPrefix)] = "category",
        [FirstSegment(SiteRoutes.English.AuthorPrefix)] = "author",
        [FirstSegment(SiteRoutes.English.ArchivePrefix)] = "year",
    };

    private static readonly string EnglishRoot = SiteRoutes.English.Root.Trim('/');

    public static string Article(string slug) => "article:" + slug;
    public static string Tag(string slug) => "tag:" + slug;
    public static string Category(string slug) => "category:" + slug;
    public static string Author(string slug) => "author:" + slug;
    public static string Year(int year) => "year:" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tags of the page at <paramref name="path"/> (its feeds under it included: /themen/x/feed.xml is tag:x).</summary>
    public static IEnumerable<string> ForPath(string path)
    {
        yield return Site;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).AsSpan();
        // An English page is tagged as its German one is: a change evicts both languages' pages about that thing.
        if (segments.Length > 0 && string.Equals(segments[0], EnglishRoot, StringComparison.OrdinalIgnoreCase))
            segments = segments[1..];
        if (segments.Length >= 2 && Kinds.TryGetValue(segments[0], out var kind))
            yield return kind + ":" + segments[1];
        else
            yield return Listing;
    }

    // The segment before the slug: /en/articles/ → articles.
    private static string FirstSegment(string prefix) => prefix.Trim('/').Split('/')[^1];

    /// <summary>The tags whose pages show something <paramref name="change"/> changed.</summary>
    public static IReadOnlyCollection<string> ToEvict(CatalogueChange change)
    {
        if (change.Everything)
            return [Site];
        var tags = new HashSet<string>(StringComparer.Ordinal);
        // The press room (a listing) shows every contact.
        if (change.Articles.Count > 0 || change.Authors.Count > 0 || change.Contacts.Count > 0)
            tags.Add(Listing);
        tags.UnionWith(change.Articles.Select(Article));
        tags.UnionWith(change.ArticlePages.Select(Article));
        tags.UnionWith(change.Tags.Select(Tag));
        tags.UnionWith(change.Categories.Select(Category));
        tags.UnionWith(change.Authors.Select(Author));
        tags.UnionWith(change.Years.Select(Year));
        return tags;
    }
}
