using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// What leaves the site for others to cache and index: feeds and sitemaps. Everything here is
/// strictly public (<see cref="Visibility.ApplyPublic"/>): drafts never appear, not even in the
/// editors' preview, because a feed reader or a search engine would keep them.
/// </summary>
public sealed class SyndicationQueries(CatalogueDbContext context, Visibility visibility, TimeProvider time)
{
    /// <summary>How many articles a feed carries.</summary>
    public const int FeedSize = 20;

    /// <summary>Google News only takes articles of the last two days into a news sitemap.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    /// <summary>Google News reads at most this many URLs per news sitemap.</summary>
    public const int NewsLimit = 1000;

    private IQueryable<ArticleEntry> Public => visibility.ApplyPublic(context.Articles.AsNoTracking());

    /// <summary>The newest public articles of <paramref name="scope"/>; null when its category, tag or author does not exist.</summary>
    public Task<FeedSource?> FeedAsync(FeedScope scope, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadFeedAsync(scope, cancellationToken), cancellationToken);

    /// <summary>Every public URL's source: articles with their photos, and the listings that have public articles.</summary>
    public Task<SitemapSource> SitemapAsync(CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadSitemapAsync(cancellationToken), cancellationToken);

    /// <summary>Public articles published within <see cref="NewsWindow"/> of now, newest first, for the Google News sitemap.</summary>
    public Task<IReadOnlyList<NewsSitemapEntry>> NewsAsync(CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadNewsAsync(cancellationToken), cancellationToken);

    private async Task<FeedSource?> ReadFeedAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        IQueryable<ArticleEntry> articles;
        string? name;
        switch (scope.Kind)
        {
            case FeedKind.Site:
                (articles, name) = (Public, null);
                break;
            case FeedKind.Category:
                name = await context.Categories.AsNoTracking().Where(c => c.Slug == scope.Slug).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
                articles = Public.Where(a => a.Category != null && a.Category.Slug == scope.Slug);
                break;
            case FeedKind.Tag:
                name = await context.Tags.AsNoTracking().Where(t => t.Slug == scope.Slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
                articles = Public.Where(a => a.Tags.Any(t => t.Tag.Slug == scope.Slug));
                break;
            case FeedKind.Author:
                name = await context.Authors.AsNoTracking().Where(a => a.Slug == scope.Slug).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
                articles = Public.Where(a => a.Authors.Any(x => x.AuthorSlug == scope.Slug));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown feed scope");
        }

        if (scope.Kind != FeedKind.Site && name is null)
            return null;

        var rows = await articles
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Take(FeedSize)
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.PublishedUtc, a.ModifiedUtc, a.Summary, a.Html, a.Language,
                Category = a.Category == null ? null : new TaxonomyLink(a.Category.Slug, a.Category.Name),
                a.LeadImagePath, a.LeadImageWidth, a.LeadImageHeight,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();

        var gallery = (await context.GalleryImages.AsNoTracking().Where(g => ids.Contains(g.ArticleId))
                .Select(g => new { g.ArticleId, g.Position, g.Path, g.Caption, g.Credit, g.Alt, g.Width, g.Height })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.ArticleId);
        var tags = (await context.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId))
                .OrderBy(t => t.Position)
                .Select(t => new { t.ArticleId, Link = new TaxonomyLink(t.Tag.Slug, t.Tag.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ArticleId, t => t.Link);
        var authors = (await (
                    from named in context.ArticleAuthors.AsNoTracking()
                    where ids.Contains(named.ArticleId)
                    join profile in context.Authors on named.AuthorSlug equals profile.Slug into profiles
                    from profile in profiles.DefaultIfEmpty()
                    orderby named.Position
                    select new
                    {
                        named.ArticleId,
                        Link = new AuthorLink(profile == null ? named.Name : profile.Name, profile == null ? null : profile.Slug, null, null),
                    })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Link);

        // A feed links the image's resized variant, named by the content hash of the file (only files that decoded have variants).
        var imagePaths = rows.Select(r => r.LeadImagePath ?? gallery[r.Id].MinBy(g => g.Position)?.Path).OfType<string>().ToList();
        var hashes = await context.SourceFiles.AsNoTracking().Where(f => imagePaths.Contains(f.Path) && f.Width != null)
            .ToDictionaryAsync(f => f.Path, f => f.Hash, cancellationToken);

        var entries = rows.Select(r =>
        {
            var photos = gallery[r.Id].OrderBy(g => g.Position).ToList();
            FeedImage? image = null;
            if (r.LeadImagePath is { } lead)
            {
                var described = photos.FirstOrDefault(p => p.Path == lead);
                image = new FeedImage(lead, r.LeadImageWidth ?? 0, r.LeadImageHeight ?? 0, hashes.GetValueOrDefault(lead),
                    described?.Alt ?? r.Title, described?.Caption, described?.Credit);
            }
            else if (photos.FirstOrDefault() is { } first)
            {
                image = new FeedImage(first.Path, first.Width, first.Height, hashes.GetValueOrDefault(first.Path), first.Alt, first.Caption, first.Credit);
            }

            return new FeedEntry(r.Slug, r.Title, r.PublishedUtc, r.ModifiedUtc, r.Summary, r.Html, r.Language, r.Category,
                authors[r.Id].ToList(), tags[r.Id].ToList(), image);
        }).ToList();
        return new FeedSource(scope, name, entries);
    }

    private async Task<SitemapSource> ReadSitemapAsync(CancellationToken cancellationToken)
    {
        var articles = await Public
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.PublishedUtc, a.ModifiedUtc, a.LeadImagePath, a.LeadImageWidth, a.LeadImageHeight,
                LeadImageHash = context.SourceFiles.Where(f => f.Path == a.LeadImagePath && f.Width != null).Select(f => f.Hash).FirstOrDefault(),
                CategorySlug = a.Category == null ? null : a.Category.Slug,
            })
            .ToListAsync(cancellationToken);
        var gallery = (await context.GalleryImages.AsNoTracking()
                .Join(Public, g => g.ArticleId, a => a.Id, (g, a) => new
                {
                    g.ArticleId, g.Position, g.Path, g.Caption, g.Width, g.Height,
                    Hash = context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.ArticleId);
        var tags = await context.ArticleTags.AsNoTracking()
            .Join(Public, t => t.ArticleId, a => a.Id, (t, a) => new { t.ArticleId, t.Tag.Slug })
            .ToListAsync(cancellationToken);
        var bylines = await context.ArticleAuthors.AsNoTracking()
            .Join(Public, x => x.ArticleId, a => a.Id, (x, a) => new { x.ArticleId, x.AuthorSlug })
            .ToListAsync(cancellationToken);
        var profiles = await context.Authors.AsNoTracking().OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(cancellationToken);

        var sitemapArticles = articles.Select(a =>
        {
            var photos = gallery[a.Id].OrderBy(g => g.Position).Select(g => new SitemapImage(g.Path, g.Caption, g.Width, g.Height, g.Hash)).ToList();
            if (a.LeadImagePath is { } lead && photos.All(p => p.Path != lead))
                photos.Insert(0, new SitemapImage(lead, null, a.LeadImageWidth ?? 0, a.LeadImageHeight ?? 0, a.LeadImageHash));
            return new SitemapArticle(a.Slug, Latest(a.PublishedUtc, a.ModifiedUtc), photos);
        }).ToList();
        var changed = articles.ToDictionary(a => a.Id, a => Latest(a.PublishedUtc, a.ModifiedUtc));

        // A listing changes when one of its articles does.
        static IReadOnlyList<SitemapListing> Listings(IEnumerable<(string Slug, DateTime Changed)> pairs) =>
            pairs.GroupBy(p => p.Slug, StringComparer.Ordinal)
                .Select(g => new SitemapListing(g.Key, g.Max(p => p.Changed)))
                .OrderBy(l => l.Slug, StringComparer.Ordinal).ToList();

        var authorChanges = bylines.Select(b => (b.AuthorSlug, changed[b.ArticleId])).ToLookup(p => p.AuthorSlug, p => p.Item2);
        return new SitemapSource(
            sitemapArticles,
            Listings(articles.Where(a => a.CategorySlug is not null).Select(a => (a.CategorySlug!, changed[a.Id]))),
            Listings(tags.Select(t => (t.Slug, changed[t.ArticleId]))),
            profiles.Select(slug => new SitemapListing(slug, authorChanges[slug].Any() ? authorChanges[slug].Max() : null)).ToList());
    }

    private async Task<IReadOnlyList<NewsSitemapEntry>> ReadNewsAsync(CancellationToken cancellationToken)
    {
        var since = (time.GetUtcNow() - NewsWindow).UtcDateTime;
        var rows = await Public.Where(a => a.PublishedUtc >= since)
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Take(NewsLimit)
            .Select(a => new NewsSitemapEntry(a.Slug, a.Title, a.PublishedUtc, a.Language))
            .ToListAsync(cancellationToken);
        return rows;
    }

    private static DateTime Latest(DateTime published, DateTime? modified) =>
        modified is { } m && m > published ? m : published;
}

/// <summary>Which articles a feed carries.</summary>
public enum FeedKind { Site, Category, Tag, Author }

/// <summary>A feed's selection: the whole site, or one category, tag or author by slug.</summary>
public sealed record FeedScope(FeedKind Kind, string? Slug)
{
    public static FeedScope Site { get; } = new(FeedKind.Site, null);
    public static FeedScope Category(string slug) => new(FeedKind.Category, slug);
    public static FeedScope Tag(string slug) => new(FeedKind.Tag, slug);
    public static FeedScope Author(string slug) => new(FeedKind.Author, slug);
}

/// <summary>A feed's articles; <see cref="Name"/> is the category, tag or author name (null for the site feed).</summary>
public sealed record FeedSource(FeedScope Scope, string? Name, IReadOnlyList<FeedEntry> Entries);

/// <summary>One article as a feed carries it.</summary>
public sealed record FeedEntry(
    string Slug, string Title, DateTime PublishedUtc, DateTime? ModifiedUtc, string Summary, string Html, string Language,
    TaxonomyLink? Category, IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TaxonomyLink> Tags, FeedImage? Image)
{
    /// <summary>The last change: the modification date when given and later, else the publication date.</summary>
    public DateTime UpdatedUtc => ModifiedUtc is { } m && m > PublishedUtc ? m : PublishedUtc;
}

/// <summary>
/// The image a feed entry carries (lead image, else the first gallery photo): content path, upright size and
/// <see cref="Hash"/>, which names its resized variants (null when the file did not decode: no variants to link).
/// </summary>
public sealed record FeedImage(string Path, int Width, int Height, string? Hash, string Alt, string? Caption, string? Credit);

/// <summary>Everything <c>sitemap.xml</c> lists.</summary>
public sealed record SitemapSource(
    IReadOnlyList<SitemapArticle> Articles, IReadOnlyList<SitemapListing> Categories, IReadOnlyList<SitemapListing> Tags,
    IReadOnlyList<SitemapListing> Authors);

/// <summary>An article URL with its last change and its photos.</summary>
public sealed record SitemapArticle(string Slug, DateTime LastModifiedUtc, IReadOnlyList<SitemapImage> Images);

/// <summary>A photo of an article: content path, caption, upright size and the hash naming its variants (null: none).</summary>
public sealed record SitemapImage(string Path, string? Caption, int Width, int Height, string? Hash);

/// <summary>A listing page (category, tag, author) and when its newest article last changed (null: no articles yet).</summary>
public sealed record SitemapListing(string Slug, DateTime? LastModifiedUtc);

/// <summary>An article in the Google News sitemap.</summary>
public sealed record NewsSitemapEntry(string Slug, string Title, DateTime PublishedUtc, string Language);
