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

        var shown = await visibility.Apply(context.Articles.AsNoTracking())
                        .AnyAsync(a => a.LeadImagePath == path || a.Gallery.Any(g => g.Path == path), cancellationToken)
                    || await context.Authors.AsNoTracking().AnyAsync(a => a.ImagePath == path, cancellationToken);
        return shown ? image : null;
    }
}
