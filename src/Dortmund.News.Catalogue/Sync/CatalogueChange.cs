using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// What one sync changed, as much as a cache needs to evict exactly the pages that show it: the
/// articles themselves (old and new slugs), and every listing they were or now are on (tags,
/// category, authors, year). <see cref="Everything"/> is set when so much changed that naming it
/// all would cost more than starting over (a first sync, a large checkout), and when the boilerplate
/// or the default contact changed: every page's footer shows them.
/// </summary>
/// <param name="ArticlePages">Article pages that show a changed author profile or contact, without their listings.</param>
/// <param name="Contacts">Contacts (other than the default) whose files changed: the press room lists them.</param>
/// <remarks>
/// Slugs are per language, and the sets name slugs of every language (an English and a German article may share
/// one: both are evicted). <see cref="Translations"/> names every language version of the changed articles' translation
/// groups, before and after the write: each page links its translations (alternates, the language switcher), so
/// editing, adding or removing one version changes the others' pages. Their slugs are in <see cref="ArticlePages"/> too.
/// </remarks>
public sealed record CatalogueChange(
    bool Everything,
    IReadOnlySet<string> Articles,
    IReadOnlySet<string> Tags,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Authors,
    IReadOnlySet<int> Years,
    IReadOnlySet<string> ArticlePages,
    IReadOnlySet<string> Contacts)
{
    /// <summary>Above this many changed files a sync reports <see cref="Everything"/>.</summary>
    public const int Limit = 500;

    public static readonly CatalogueChange None = new(false, Empty, Empty, Empty, Empty, new HashSet<int>(), Empty, Empty);

    /// <summary>Every language version (language and slug) of the changed articles' translation groups, before and after the write.</summary>
    public IReadOnlySet<ArticleKey> Translations { get; init; } = new HashSet<ArticleKey>();

    public static readonly CatalogueChange All = None with { Everything = true };

    public bool IsEmpty => !Everything && Articles.Count == 0 && Authors.Count == 0 && ArticlePages.Count == 0 && Contacts.Count == 0;

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
        await collector.AddPressFilesAsync(context, touchedPaths, cancellationToken);
        return collector;
    }

    /// <summary>Gathers the facets of the changed articles before and after the write.</summary>
    internal sealed class Collector(bool everything)
    {
        private readonly HashSet<string> _contacts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _defaultContacts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
        private readonly HashSet<string> _categories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _authors = new(StringComparer.Ordinal);
        private readonly HashSet<int> _years = [];
        private readonly HashSet<string> _profiles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<ArticleKey> _translations = [];

        /// <summary>Adds where the articles now stored under <paramref name="slugs"/> appear (after the write).</summary>
        public async Task<CatalogueChange> AfterAsync(CatalogueDbContext context, IReadOnlySet<string> slugs, CancellationToken cancellationToken)
        {
            if (everything || slugs.Count > Limit)
                return All;
            _articles.UnionWith(slugs);
            var list = slugs.ToList();
            await AddAsync(context.Articles.Where(a => list.Contains(a.Slug)), cancellationToken);
            var pages = new List<string>();
            if (_groups.Count > 0)
            {
                // The other language versions link the changed ones: their pages change too (the versions gone are already in _translations).
                var groups = _groups.ToList();
                _translations.UnionWith(await context.Articles.AsNoTracking().Where(a => groups.Contains(a.TranslationGroup))
                    .Select(a => new ArticleKey(a.Language, a.Slug)).ToListAsync(cancellationToken));
                pages.AddRange(_translations.Select(t => t.Slug));
            }

            if (_profiles.Count > 0)
            {
                // A profile (name, role, biography) is shown on every article page of its author.
                var profiles = _profiles.ToList();
                _authors.UnionWith(_profiles);
                pages.AddRange(await context.Articles.AsNoTracking()
                    .Where(a => a.Authors.Any(x => profiles.Contains(x.AuthorSlug))).Select(a => a.Slug).ToListAsync(cancellationToken));
            }

            if (_contacts.Count > 0)
            {
                // The default contact is in every page's footer: a change to it, or of which one it is, is everything.
                _defaultContacts.UnionWith(await DefaultContactsAsync(context, cancellationToken));
                if (_contacts.Overlaps(_defaultContacts))
                    return All;
                // Another contact is shown on the article pages naming it (an article naming it before its file
                // existed showed the default contact).
                var contacts = _contacts.ToList();
                pages.AddRange(await context.Articles.AsNoTracking()
                    .Where(a => a.Contacts.Any(x => contacts.Contains(x.ContactSlug))).Select(a => a.Slug).ToListAsync(cancellationToken));
            }

            return pages.Count > Limit ? All : Build(pages);
        }

        /// <summary>Notes the contacts whose files changed, and the default contact as it is before the write; the boilerplate is everything.</summary>
        public async Task AddPressFilesAsync(CatalogueDbContext context, IEnumerable<string> paths, CancellationToken cancellationToken)
        {
            foreach (var path in paths)
            {
                var kind = ContentScanner.KindOf(path);
                if (kind == FileKind.Boilerplate)
                    everything = true;
                else if (kind == FileKind.Contact)
                    _contacts.Add(ContactReader.SlugOf(path));
            }

            if (_contacts.Count > 0)
                _defaultContacts.UnionWith(await DefaultContactsAsync(context, cancellationToken));
        }

        private static Task<List<string>> DefaultContactsAsync(CatalogueDbContext context, CancellationToken cancellationToken) =>
            context.Contacts.AsNoTracking().Where(c => c.IsDefault).Select(c => c.Slug).ToListAsync(cancellationToken);

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
                    a.Language,
                    a.TranslationGroup,
                    a.PublishedUtc,
                    Category = a.Category == null ? null : a.Category.Slug,
                    Tags = a.Tags.Select(t => t.Tag.Slug).ToList(),
                    Authors = a.Authors.Select(x => x.AuthorSlug).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var facet in facets)
            {
                _articles.Add(facet.Slug);
                _translations.Add(new ArticleKey(facet.Language, facet.Slug));
                _groups.Add(facet.TranslationGroup);
                _years.Add(facet.PublishedUtc.Year);
                if (facet.Category is { } category)
                    _categories.Add(category);
                _tags.UnionWith(facet.Tags);
                _authors.UnionWith(facet.Authors);
            }
        }

        private CatalogueChange Build(IEnumerable<string> articlePages) =>
            new(false, _articles, _tags, _categories, _authors, _years, articlePages.ToHashSet(StringComparer.Ordinal), _contacts)
            {
                Translations = _translations,
            };
    }
}
