using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>An article's gallery as its photo downloads need it: slug, title and every gallery photo in order.</summary>
public sealed record PressPhotoArticle(string Slug, string Title, DateTime PublishedUtc, IReadOnlyList<GalleryImageView> Gallery);

/// <summary>
/// The galleries whose photos journalists may download: only public articles' (never a draft, not even in the
/// editors' preview, nor a scheduled or expired one) — a download leaves the site as a feed does.
/// </summary>
public sealed class PressPhotoQueries(CatalogueDbContext context, Visibility visibility)
{
    /// <summary>The public German article under <paramref name="slug"/> with its gallery, or null.</summary>
    public Task<PressPhotoArticle?> PublicAsync(string slug, CancellationToken cancellationToken) =>
        PublicAsync(Content.Translations.Languages.German, slug, cancellationToken);

    /// <summary>The public article in <paramref name="language"/> under <paramref name="slug"/> with its gallery, or null.</summary>
    public Task<PressPhotoArticle?> PublicAsync(string language, string slug, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(async () =>
            (await GalleriesAsync(visibility.ApplyPublic(context.Articles.AsNoTracking()).Where(a => a.Language == language && a.Slug == slug), cancellationToken))
            .SingleOrDefault(), cancellationToken);

    /// <summary>
    /// Every article that is public or will be (not a draft, not expired), newest first: the downloads worth
    /// making ahead of the first journalist, and the ones whose files are kept.
    /// </summary>
    public Task<IReadOnlyList<PressPhotoArticle>> PublicOrScheduledAsync(CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() =>
        {
            var now = visibility.Now;
            // German articles only: the photo downloads live under the German article's address (translations share its photos).
            return GalleriesAsync(context.Articles.AsNoTracking()
                    .Where(a => a.Language == Content.Translations.Languages.German && !a.Draft && (a.ExpiresUtc == null || a.ExpiresUtc > now)),
                cancellationToken);
        }, cancellationToken);

    private async Task<IReadOnlyList<PressPhotoArticle>> GalleriesAsync(IQueryable<Model.ArticleEntry> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishedUtc })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return [];
        // The gallery table is narrow: all of it in one read is cheaper than a query per article.
        var ids = rows.Count == 1 ? [rows[0].Id] : (List<int>?)null;
        var photos = await context.GalleryImages.AsNoTracking()
            .Where(g => ids == null || ids.Contains(g.ArticleId))
            .OrderBy(g => g.ArticleId).ThenBy(g => g.Position)
            .Select(g => new
            {
                g.ArticleId,
                Photo = new GalleryImageView(g.Position, g.Path, g.Caption, g.Credit, g.Alt, g.Width, g.Height,
                    context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault(), g.License),
            })
            .ToListAsync(cancellationToken);
        var galleries = photos.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.Select(p => p.Photo).ToList());
        return rows.Where(a => galleries.ContainsKey(a.Id))
            .Select(a => new PressPhotoArticle(a.Slug, a.Title, a.PublishedUtc, galleries[a.Id]))
            .ToList();
    }
}
