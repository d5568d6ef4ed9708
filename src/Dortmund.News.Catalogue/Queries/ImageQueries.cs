using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// Content images by their content path, for addresses that name the original file (the site's
/// old <c>/medien/…</c> links, still out there in feed readers and search indexes).
/// </summary>
public sealed class ImageQueries(CatalogueDbContext context, Visibility visibility)
{
    /// <summary>
    /// The image at <paramref name="path"/> with its variants' hash and upright size, when it decoded
    /// and a visible article or an author profile shows it; otherwise null — an embargoed article's
    /// photo must not be found by guessing its file name.
    /// </summary>
    public Task<ImageView?> ShownAsync(string path, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(() => ReadShownAsync(path, cancellationToken), cancellationToken);

    private async Task<ImageView?> ReadShownAsync(string path, CancellationToken cancellationToken)
    {
        // The file first, by primary key: any path that is not a readable image costs one lookup.
        var image = await context.SourceFiles.AsNoTracking()
            .Where(f => f.Path == path && f.Width != null && f.Height != null)
            .Select(f => new ImageView(f.Path, "", f.Width!.Value, f.Height!.Value, f.Hash))
            .FirstOrDefaultAsync(cancellationToken);
        if (image is null)
            return null;

        return await IsShownAsync(path, cancellationToken) ? image : null;
    }

    // Cheapest first. The gallery table is narrow; a lead image is found through the article beside it
    // (content/articles/<yyyy>/<slug>/index.md, unique index). Only then the article rows are scanned,
    // whose lead image path lies behind the wide HTML columns (slow on a large site): that happens
    // for a real image file no visible page shows, or a lead image referenced from another folder.
    private async Task<bool> IsShownAsync(string path, CancellationToken cancellationToken)
    {
        var visible = visibility.Apply(context.Articles.AsNoTracking());
        if (await context.GalleryImages.AsNoTracking().Where(g => g.Path == path)
                .Join(visible, g => g.ArticleId, a => a.Id, (g, a) => g.ArticleId).AnyAsync(cancellationToken))
            return true;
        if (await context.Authors.AsNoTracking().AnyAsync(a => a.ImagePath == path, cancellationToken))
            return true;
        var besideIt = path[..(path.LastIndexOf('/') + 1)] + "index.md";
        return await visible.AnyAsync(a => a.SourcePath == besideIt && a.LeadImagePath == path, cancellationToken)
               || await visible.AnyAsync(a => a.LeadImagePath == path, cancellationToken);
    }
}
