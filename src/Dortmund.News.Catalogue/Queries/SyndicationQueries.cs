using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Translations;
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

    /// <summary>
    /// The newest public articles of <paramref name="scope"/>; null when its category, tag or author does not exist,
    /// or when a category or tag has no public article (as its page: 404).
    /// </summary>
    public Task<FeedSource?> FeedAsync(FeedScope scope, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadFeedAsync(scope, cancellationToken), cancellationToken);

    /// <summary>
    /// Every public URL's source: the articles (newest first) and the listings that have public articles.
    /// Photos are read only for the articles at the positions <paramref name="photosOf"/> names: a sitemap
    /// file lists a slice of a large site, and reading every article's photos for each file was most of its cost.
    /// </summary>
    public Task<SitemapSource> SitemapAsync(Range photosOf, CancellationToken cancellationToken) =>
        SitemapAsync(Languages.German, photosOf, cancellationToken);

    /// <summary>
    /// The same for the public URLs in <paramref name="language"/>; each article carries its public translations
    /// (<see cref="SitemapArticle.Translations"/>), the sitemap's alternates.
    /// </summary>
    public Task<SitemapSource> SitemapAsync(string language, Range photosOf, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadSitemapAsync(language, photosOf, cancellationToken), cancellationToken);

    /// <summary>Public German articles published within <see cref="NewsWindow"/> of now, newest first, for the Google News sitemap.</summary>
    public Task<IReadOnlyList<NewsSitemapEntry>> NewsAsync(CancellationToken cancellationToken) =>
        NewsAsync(Languages.German, cancellationToken);

    /// <summary>The same for the articles in <paramref name="language"/>.</summary>
    public Task<IReadOnlyList<NewsSitemapEntry>> NewsAsync(string language, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadNewsAsync(language, cancellationToken), cancellationToken);

    private async Task<FeedSource?> ReadFeedAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        IQueryable<ArticleEntry> articles;
        string? name;
        var language = scope.Language;
        var inLanguage = Public.Where(a => a.Language == language);
        switch (scope.Kind)
        {
            case FeedKind.Site:
                (articles, name) = (inLanguage, null);
                break;
            case FeedKind.Category:
                name = await context.Categories.AsNoTracking().Where(c => c.Language == language && c.Slug == scope.Slug)
                    .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
                articles = inLanguage.Where(a => a.Category != null && a.Category.Slug == scope.Slug);
                break;
            case FeedKind.Tag:
                name = await context.Tags.AsNoTracking().Where(t => t.Language == language && t.Slug == scope.Slug)
                    .Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
                articles = inLanguage.Where(a => a.Tags.Any(t => t.Tag.Slug == scope.Slug));
                break;
            case FeedKind.Author:
                name = await context.Authors.AsNoTracking().Where(a => a.Slug == scope.Slug).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
                articles = inLanguage.Where(a => a.Authors.Any(x => x.AuthorSlug == scope.Slug));
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
        // A category or tag used only by drafts, scheduled or expired articles does not exist for visitors:
        // its feed would reveal the name before the embargo. An author's profile is public on its own (its page too).
        if (rows.Count == 0 && scope.Kind is FeedKind.Category or FeedKind.Tag)
            return null;
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

        var attachments = (await context.ArticleAttachments.AsNoTracking().Where(x => ids.Contains(x.ArticleId)).OrderBy(x => x.Position)
                .Select(x => new { x.ArticleId, File = new AttachmentView(x.Path, x.FileName, x.Title, x.Length) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId, x => x.File);

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
                authors[r.Id].ToList(), tags[r.Id].ToList(), image) { Attachments = attachments[r.Id].ToList() };
        }).ToList();
        return new FeedSource(scope, name, entries);
    }

    private async Task<SitemapSource> ReadSitemapAsync(string language, Range photosOf, CancellationToken cancellationToken)
    {
        // Read from the index that carries the visibility and order columns, never from the wide rows.
        var articles = await Public.Where(a => a.Language == language)
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Select(a => new { a.Id, a.Slug, a.PublishedUtc, a.ModifiedUtc, CategorySlug = a.Category == null ? null : a.Category.Slug })
            .ToListAsync(cancellationToken);
        var translations = await TranslationsAsync(language, cancellationToken);
        var first = Math.Clamp(photosOf.Start.GetOffset(articles.Count), 0, articles.Count);
        var end = Math.Clamp(photosOf.End.GetOffset(articles.Count), first, articles.Count);
        var photos = await PhotosAsync(articles[first..end].Select(a => a.Id).ToList(), cancellationToken);
        // Every tag and byline, kept when its article is public: joining them with the articles read each
        // article's wide row (a page of Html) again.
        var tags = await context.ArticleTags.AsNoTracking().Select(t => new { t.ArticleId, t.Tag.Slug }).ToListAsync(cancellationToken);
        var bylines = await context.ArticleAuthors.AsNoTracking().Select(x => new { x.ArticleId, x.AuthorSlug }).ToListAsync(cancellationToken);
        var profiles = await context.Authors.AsNoTracking().OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(cancellationToken);

        var changed = articles.ToDictionary(a => a.Id, a => Latest(a.PublishedUtc, a.ModifiedUtc));

        // A listing changes when one of its public articles does.
        IEnumerable<SitemapListing> Listings(IEnumerable<(string Slug, int ArticleId)> uses) =>
            uses.Select(u => (u.Slug, Changed: changed.TryGetValue(u.ArticleId, out var at) ? at : (DateTime?)null))
                .Where(u => u.Changed is not null)
                .GroupBy(u => u.Slug, StringComparer.Ordinal)
                .Select(g => new SitemapListing(g.Key, g.Max(u => u.Changed)))
                .OrderBy(l => l.Slug, StringComparer.Ordinal);

        var authors = Listings(bylines.Select(b => (b.AuthorSlug, b.ArticleId))).ToDictionary(l => l.Slug, StringComparer.Ordinal);
        return new SitemapSource(
            articles.Select(a => new SitemapArticle(a.Slug, changed[a.Id], photos.GetValueOrDefault(a.Id) ?? [])
            {
                Translations = translations.GetValueOrDefault(a.Id) ?? [],
            }).ToList(),
            Listings(articles.Where(a => a.CategorySlug is not null).Select(a => (a.CategorySlug!, a.Id))).ToList(),
            Listings(tags.Select(t => (t.Slug, t.ArticleId))).ToList(),
            profiles.Select(slug => authors.GetValueOrDefault(slug) ?? new SitemapListing(slug, null)).ToList());
    }

    /// <summary>
    /// The public other-language versions of every public article in <paramref name="language"/>, by its id (only
    /// articles with any): one read of the translation groups that have a member in another language.
    /// </summary>
    private async Task<Dictionary<int, IReadOnlyList<ArticleKey>>> TranslationsAsync(string language, CancellationToken cancellationToken)
    {
        var others = Public.Where(a => a.Language != language);
        var pairs = await Public.Where(a => a.Language == language)
            .Join(others, a => a.TranslationGroup, o => o.TranslationGroup, (a, o) => new { a.Id, o.Language, o.Slug })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.Id).ToDictionary(g => g.Key,
            g => (IReadOnlyList<ArticleKey>)g.Select(p => new ArticleKey(p.Language, p.Slug))
                .OrderBy(k => Languages.All.ToList().IndexOf(k.Language)).ThenBy(k => k.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>The photos of these articles: the lead image (when not also in the gallery) first, then the gallery in order.</summary>
    private async Task<Dictionary<int, IReadOnlyList<SitemapImage>>> PhotosAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var leads = await context.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.LeadImagePath != null)
            .Select(a => new
            {
                a.Id, Path = a.LeadImagePath!, a.LeadImageWidth, a.LeadImageHeight,
                Hash = context.SourceFiles.Where(f => f.Path == a.LeadImagePath && f.Width != null).Select(f => f.Hash).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var gallery = await context.GalleryImages.AsNoTracking()
            .Where(g => ids.Contains(g.ArticleId))
            .OrderBy(g => g.ArticleId).ThenBy(g => g.Position)
            .Select(g => new
            {
                g.ArticleId, g.Path, g.Caption, g.Width, g.Height,
                Hash = context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var photos = gallery.GroupBy(g => g.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(p => new SitemapImage(p.Path, p.Caption, p.Width, p.Height, p.Hash)).ToList());
        foreach (var lead in leads)
        {
            var list = photos.TryGetValue(lead.Id, out var found) ? found : photos[lead.Id] = [];
            if (list.All(p => p.Path != lead.Path))
                list.Insert(0, new SitemapImage(lead.Path, null, lead.LeadImageWidth ?? 0, lead.LeadImageHeight ?? 0, lead.Hash));
        }

        return photos.ToDictionary(p => p.Key, p => (IReadOnlyList<SitemapImage>)p.Value);
    }

    private async Task<IReadOnlyList<NewsSitemapEntry>> ReadNewsAsync(string language, CancellationToken cancellationToken)
    {
        var since = (time.GetUtcNow() - NewsWindow).UtcDateTime;
        var rows = await Public.Where(a => a.Language == language && a.PublishedUtc >= since)
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

/// <summary>
/// A feed's selection: the whole site, or one category, tag or author by slug; of one language's articles
/// (<see cref="Language"/>, German unless set: <c>FeedScope.Site with { Language = Languages.English }</c>).
/// </summary>
public sealed record FeedScope(FeedKind Kind, string? Slug)
{
    /// <summary>The language whose articles the feed carries (and whose categories and tags its slug names).</summary>
    public string Language { get; init; } = Languages.German;

    /// <summary>This selection in <paramref name="language"/>.</summary>
    public FeedScope In(string language) => this with { Language = language };

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

    /// <summary>The files the article offers, in order.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
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

/// <summary>An article URL with its last change and its photos (empty outside the slice the sitemap asked photos for).</summary>
public sealed record SitemapArticle(string Slug, DateTime LastModifiedUtc, IReadOnlyList<SitemapImage> Images)
{
    /// <summary>Its public versions in the other languages: the sitemap's <c>xhtml:link</c> alternates (never one that answers 404).</summary>
    public IReadOnlyList<ArticleKey> Translations { get; init; } = [];
}

/// <summary>A photo of an article: content path, caption, upright size and the hash naming its variants (null: none).</summary>
public sealed record SitemapImage(string Path, string? Caption, int Width, int Height, string? Hash);

/// <summary>A listing page (category, tag, author) and when its newest article last changed (null: no articles yet).</summary>
public sealed record SitemapListing(string Slug, DateTime? LastModifiedUtc);

/// <summary>An article in the Google News sitemap.</summary>
public sealed record NewsSitemapEntry(string Slug, string Title, DateTime PublishedUtc, string Language);
