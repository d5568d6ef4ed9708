using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Authors;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// What one sync changed, as much as a cache needs to evict exactly the pages that show it: the
/// articles themselves (old and new slugs), and every listing they were or now are on (tags,
/// category, authors, year). <see cref="Everything"/> is set when so much changed that naming it
/// all would cost more than starting over (a first sync, a large checkout).
/// </summary>
/// <param name="ArticlePages">Article pages that show a changed author profile, without their listings.</param>
public sealed record CatalogueChange(
    bool Everything,
    IReadOnlySet<string> Articles,
    IReadOnlySet<string> Tags,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Authors,
    IReadOnlySet<int> Years,
    IReadOnlySet<string> ArticlePages)
{
    /// <summary>Above this many changed files a sync reports <see cref="Everything"/>.</summary>
    public const int Limit = 500;

    public static readonly CatalogueChange None = new(false, Empty, Empty, Empty, Empty, new HashSet<int>(), Empty);

    public static readonly CatalogueChange All = None with { Everything = true };

    public bool IsEmpty => !Everything && Articles.Count == 0 && Authors.Count == 0 && ArticlePages.Count == 0;

    private static IReadOnlySet<string> Empty => new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Reads where the articles of <paramref name="touchedPaths"/> appear now, before the sync writes,
    /// so that pages they leave are evicted too.
    /// </summary>
    internal static async Task<Collector> BeforeAsync(CatalogueDbContext context, IReadOnlyCollection<string> touchedPaths, CancellationToken cancellationToken)
    {
        if (touchedPaths.Count > Limit)
            return new Collector(everything: true);
        var collector = new Collector(everything: false);
        var paths = touchedPaths.ToList();
        await collector.AddAsync(context.Articles.Where(a => paths.Contains(a.SourcePath)), cancellationToken);
        collector.AddAuthorFiles(touchedPaths);
        return collector;
    }

    /// <summary>Gathers the facets of the changed articles before and after the write.</summary>
    internal sealed class Collector(bool everything)
    {
        private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
        private readonly HashSet<string> _categories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _authors = new(StringComparer.Ordinal);
        private readonly HashSet<int> _years = [];
        private readonly HashSet<string> _profiles = new(StringComparer.Ordinal);

        /// <summary>Adds where the articles now stored under <paramref name="slugs"/> appear (after the write).</summary>
        public async Task<CatalogueChange> AfterAsync(CatalogueDbContext context, IReadOnlySet<string> slugs, CancellationToken cancellationToken)
        {
            if (everything || slugs.Count > Limit)
                return All;
            _articles.UnionWith(slugs);
            var list = slugs.ToList();
            await AddAsync(context.Articles.Where(a => list.Contains(a.Slug)), cancellationToken);
            if (_profiles.Count > 0)
            {
                // A profile (name, role, biography) is shown on every article page of its author.
                var profiles = _profiles.ToList();
                _authors.UnionWith(_profiles);
                var pages = await context.Articles.AsNoTracking()
                    .Where(a => a.Authors.Any(x => profiles.Contains(x.AuthorSlug))).Select(a => a.Slug).ToListAsync(cancellationToken);
                if (pages.Count > Limit)
                    return All;
                return Build(pages);
            }

            return Build([]);
        }

        public void AddAuthorFiles(IEnumerable<string> paths)
        {
            foreach (var path in paths.Where(p => ContentScanner.KindOf(p) == FileKind.Author))
                _profiles.Add(AuthorReader.SlugOf(path));
        }

        public async Task AddAsync(IQueryable<Model.ArticleEntry> articles, CancellationToken cancellationToken)
        {
            var facets = await articles.AsNoTracking().AsSplitQuery()
                .Select(a => new
                {
                    a.Slug,
                    a.PublishedUtc,
                    Category = a.Category == null ? null : a.Category.Slug,
                    Tags = a.Tags.Select(t => t.Tag.Slug).ToList(),
                    Authors = a.Authors.Select(x => x.AuthorSlug).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var facet in facets)
            {
                _articles.Add(facet.Slug);
                _years.Add(facet.PublishedUtc.Year);
                if (facet.Category is { } category)
                    _categories.Add(category);
                _tags.UnionWith(facet.Tags);
                _authors.UnionWith(facet.Authors);
            }
        }

        private CatalogueChange Build(IEnumerable<string> articlePages) =>
            new(false, _articles, _tags, _categories, _authors, _years, articlePages.ToHashSet(StringComparer.Ordinal));
    }
}
