using Dortmund.News.Content.Translations;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// A translation shows its original's photos: without a gallery of its own, the original's gallery (and lead image);
/// with one, each photo of the original it names by <c>src</c> keeps the original's credit and licence — never
/// translated away — and takes its caption and alt text from the translation where given, else from the original.
/// </summary>
internal static class OriginalPhotos
{
    /// <summary>The gallery and lead image path the page of the article in <paramref name="group"/> shows.</summary>
    public static async Task<(IReadOnlyList<GalleryImageView> Gallery, OriginalLead? Lead)> ForAsync(CatalogueDbContext context, string language,
        string group, IReadOnlyList<GalleryImageView> own, CancellationToken cancellationToken)
    {
        if (language == Languages.Default)
            return (own, null);
        var original = await context.Articles.AsNoTracking().Where(a => a.TranslationGroup == group && a.Language == Languages.Default)
            .Select(a => new OriginalLead(a.Id, a.LeadImagePath, a.LeadImageWidth, a.LeadImageHeight)).FirstOrDefaultAsync(cancellationToken);
        if (original is null)
            return (own, null);
        var photos = await context.GalleryImages.AsNoTracking().Where(g => g.ArticleId == original.Id).OrderBy(g => g.Position)
            .Select(g => new GalleryImageView(g.Position, g.Path, g.Caption, g.Credit, g.Alt, g.Width, g.Height,
                context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault(), g.License))
            .ToListAsync(cancellationToken);
        if (own.Count == 0)
            return (photos, original);
        var byPath = photos.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return (own.Select(photo => byPath.TryGetValue(photo.Path, out var first)
            ? photo with
            {
                Credit = first.Credit,
                License = first.License,
                Caption = photo.Caption.Length > 0 ? photo.Caption : first.Caption,
                Alt = photo.Alt.Length > 0 ? photo.Alt : first.Alt,
            }
            : photo).ToList(), original);
    }

    /// <summary>The original's row and lead image, for a translation that names none.</summary>
    public sealed record OriginalLead(int Id, string? Path, int? Width, int? Height);
}
