using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// The files articles offer, by article and file name: only what an article lists, and only while its page
/// may be seen — as for photos, a scheduled article's files must not be found by guessing their names.
/// </summary>
public sealed class AttachmentQueries(CatalogueDbContext context, Visibility visibility)
{
    /// <summary>The file <paramref name="fileName"/> of the visible German article <paramref name="slug"/>, or null.</summary>
    public Task<AttachmentView?> ShownAsync(string slug, string fileName, CancellationToken cancellationToken) =>
        ShownAsync(Content.Translations.Languages.German, slug, fileName, cancellationToken);

    /// <summary>The file <paramref name="fileName"/> of the visible article <paramref name="slug"/> in <paramref name="language"/>, or null.</summary>
    public Task<AttachmentView?> ShownAsync(string language, string slug, string fileName, CancellationToken cancellationToken) =>
        FindAsync(visibility.Apply(context.Articles.AsNoTracking()).Where(a => a.Language == language && a.Slug == slug), fileName, cancellationToken);

    /// <summary>The file of a scheduled article, for the holder of its embargo link (by slug and source file); null otherwise.</summary>
    public Task<AttachmentView?> BeforePublicationAsync(string slug, string sourcePath, string fileName, CancellationToken cancellationToken) =>
        FindAsync(visibility.ApplyScheduled(context.Articles.AsNoTracking(), visibility.Now).Where(a => a.Slug == slug && a.SourcePath == sourcePath),
            fileName, cancellationToken);

    private Task<AttachmentView?> FindAsync(IQueryable<ArticleEntry> article, string fileName, CancellationToken cancellationToken) =>
        context.ArticleAttachments.AsNoTracking()
            .Where(x => x.FileName == fileName)
            .Join(article, x => x.ArticleId, a => a.Id, (x, a) => new AttachmentView(x.Path, x.FileName, x.Title, x.Length))
            .FirstOrDefaultAsync(cancellationToken);
}
