using Dortmund.News.Catalogue.Search;
using Dortmund.News.Content.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Articles' search rows made from what the catalogue stores (title, summary, the HTML's text, tags,
/// authors as their profiles name them, captions): the same rows the sync makes from the parsed files.
/// </summary>
internal static class StoredSearchText
{
    public static async Task<List<(int Id, SearchText Text)>> LoadAsync(CatalogueDbContext context, IReadOnlyCollection<int> ids, IReadOnlyDictionary<string, string> profileNames, CancellationToken cancellationToken)
    {
        var articles = await context.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Summary, a.Html, a.Language }).ToListAsync(cancellationToken);
        var tags = (await context.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).OrderBy(t => t.Position)
            .Select(t => new { t.ArticleId, t.Tag.Name }).ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId, t => t.Name);
        var authors = (await context.ArticleAuthors.AsNoTracking().Where(a => ids.Contains(a.ArticleId)).OrderBy(a => a.Position)
            .Select(a => new { a.ArticleId, a.AuthorSlug, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => profileNames.GetValueOrDefault(a.AuthorSlug) ?? a.Name);
        var captions = (await context.GalleryImages.AsNoTracking().Where(g => ids.Contains(g.ArticleId)).OrderBy(g => g.Position)
            .Select(g => new { g.ArticleId, g.Caption }).ToListAsync(cancellationToken)).ToLookup(g => g.ArticleId, g => g.Caption);
        return articles.Select(a => (a.Id, SearchText.Of(a.Title, a.Summary, HtmlText.Of(a.Html), tags[a.Id].Concat(authors[a.Id]).Concat(captions[a.Id]))
                with { Language = a.Language }))
            .ToList();
    }
}
