using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Translations;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// The read side of the catalogue: each method asks for exactly what one page shows, projected
/// and untracked. Collections are loaded by separate small queries, never one cartesian join.
/// Every listing is of one language (<see cref="Languages"/>); the overloads without one are German's.
/// </summary>
public sealed class ArticleQueries(CatalogueDbContext context, Visibility visibility)
{
    public const int PageSize = 10;

    private IQueryable<ArticleEntry> Visible => visibility.Apply(context.Articles.AsNoTracking());

    private IQueryable<ArticleEntry> VisibleIn(string language) => Visible.Where(a => a.Language == language);

    /// <summary>Newest first, one page; null when the page number is past the end.</summary>
    public Task<Page<ArticleCard>?> NewestAsync(int page, CancellationToken cancellationToken) =>
        NewestAsync(Languages.German, page, cancellationToken);

    /// <summary>The articles in <paramref name="language"/>, newest first, one page; null when the page number is past the end.</summary>
    public Task<Page<ArticleCard>?> NewestAsync(string language, int page, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(() => PageOfAsync(VisibleIn(language), page, cancellationToken), cancellationToken);

    /// <summary>
    /// The home page: on page 1 a lead story (the newest featured article, else the newest), then one page of
    /// the others, newest first. The lead is left out of every page of the list, so page 2 starts where page 1
    /// ended. Null when the page number is past the end.
    /// </summary>
    public Task<FrontPage?> FrontPageAsync(int page, CancellationToken cancellationToken) =>
        FrontPageAsync(Languages.German, page, cancellationToken);

    /// <summary>The home page of <paramref name="language"/>: its articles only, as <see cref="FrontPageAsync(int, CancellationToken)"/>.</summary>
    public Task<FrontPage?> FrontPageAsync(string language, int page, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(() => FrontPageOfAsync(VisibleIn(language), page, cancellationToken), cancellationToken);

    private async Task<FrontPage?> FrontPageOfAsync(IQueryable<ArticleEntry> visible, int page, CancellationToken cancellationToken)
    {
        var leadId = await visible.Where(a => a.Featured).OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await visible.OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        var rest = await PageOfAsync(visible.Where(a => a.Id != leadId), page, cancellationToken);
        if (rest is null)
            return null;
        var lead = page == 1 && leadId is { } id ? (await PageOfAsync(visible.Where(a => a.Id == id), 1, cancellationToken))?.Items.FirstOrDefault() : null;
        return new FrontPage(lead, rest);
    }

    /// <summary>The German article visible under <paramref name="slug"/>, or null.</summary>
    public Task<ArticleView?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        BySlugAsync(Languages.German, slug, cancellationToken);

    /// <summary>The article in <paramref name="language"/> visible under <paramref name="slug"/>, or null.</summary>
    public Task<ArticleView?> BySlugAsync(string language, string slug, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(() => ArticleAsync(VisibleIn(language), slug, cancellationToken), cancellationToken);

    /// <summary>
    /// The other languages' versions of the article in <paramref name="language"/> under <paramref name="slug"/> that
    /// the public sees (published, not expired, never a draft): the alternates a page may link, none of which answers 404.
    /// Empty when the article itself is not visible. In the order of <see cref="Languages.All"/>.
    /// </summary>
    public Task<IReadOnlyList<ArticleKey>> TranslationsAsync(string language, string slug, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(async () =>
        {
            var now = visibility.Now;
            var group = await visibility.Apply(context.Articles.AsNoTracking(), now).Where(a => a.Language == language && a.Slug == slug)
                .Select(a => a.TranslationGroup).FirstOrDefaultAsync(cancellationToken);
            if (group is null)
                return (IReadOnlyList<ArticleKey>)[];
            var others = await visibility.Apply(context.Articles.AsNoTracking(), now).Where(a => !a.Draft)
                .Where(a => a.TranslationGroup == group && a.Language != language)
                .Select(a => new ArticleKey(a.Language, a.Slug)).ToListAsync(cancellationToken);
            return others.OrderBy(k => Order(k.Language)).ThenBy(k => k.Slug, StringComparer.Ordinal).ToList();
        }, cancellationToken);

    /// <summary>
    /// The languages an author's page exists in: every language when the author has a profile (the English page shows
    /// the English bio when there is one, else none); empty when there is no profile. In the order of <see cref="Languages.All"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> AuthorLanguagesAsync(string slug, CancellationToken cancellationToken) =>
        await context.Authors.AsNoTracking().AnyAsync(a => a.Slug == slug, cancellationToken) ? Languages.All : [];

    private static int Order(string language) => Languages.All.ToList().IndexOf(language) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>
    /// The article an embargo link names — by slug and source file, so a link never opens another article that
    /// took the slug — when it is scheduled or public now; its page only while it is scheduled. Null for a
    /// draft, an expired or a removed article.
    /// </summary>
    public Task<EmbargoedArticle?> EmbargoedAsync(string slug, string sourcePath, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(async () =>
        {
            var now = visibility.Now;
            var named = context.Articles.AsNoTracking().Where(a => a.Slug == slug && a.SourcePath == sourcePath);
            if (await visibility.ApplyScheduled(named, now).AnyAsync(cancellationToken))
            {
                var preview = await ArticleAsync(named, slug, cancellationToken);
                return preview is null ? null : new EmbargoedArticle(preview.PublishedUtc, preview);
            }

            var published = await visibility.Apply(named, now).Where(a => !a.Draft).Select(a => (DateTime?)a.PublishedUtc)
                .FirstOrDefaultAsync(cancellationToken);
            return published is { } at ? new EmbargoedArticle(at, null) : null;
        }, cancellationToken);

    private async Task<ArticleView?> ArticleAsync(IQueryable<ArticleEntry> articles, string slug, CancellationToken cancellationToken)
    {
        var article = await articles.Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.PublishedUtc, a.ModifiedUtc, a.Draft, a.Summary, a.Html, a.Language,
                Category = a.Category == null ? null : new TaxonomyLink(a.Category.Slug, a.Category.Name),
                a.LeadImagePath, a.LeadImageWidth, a.LeadImageHeight, a.SourcePath, a.Translator, a.TranslationGroup,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return null;

        var own = await context.GalleryImages.AsNoTracking().Where(g => g.ArticleId == article.Id).OrderBy(g => g.Position)
            .Select(g => new GalleryImageView(g.Position, g.Path, g.Caption, g.Credit, g.Alt, g.Width, g.Height,
                context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault(), g.License))
            .ToListAsync(cancellationToken);
        var (gallery, original) = await OriginalPhotos.ForAsync(context, article.Language, article.TranslationGroup, own, cancellationToken);
        var (leadPath, leadWidth, leadHeight) = article.LeadImagePath is null && original is not null
            ? (original.Path, original.Width, original.Height)
            : (article.LeadImagePath, article.LeadImageWidth, article.LeadImageHeight);
        var tags = await context.ArticleTags.AsNoTracking().Where(t => t.ArticleId == article.Id).OrderBy(t => t.Position)
            .Select(t => new TaxonomyLink(t.Tag.Slug, t.Tag.Name)).ToListAsync(cancellationToken);
        var authors = await (
                from named in context.ArticleAuthors.AsNoTracking()
                where named.ArticleId == article.Id
                join profile in context.Authors on named.AuthorSlug equals profile.Slug into profiles
                from profile in profiles.DefaultIfEmpty()
                orderby named.Position
                select new AuthorLink(profile == null ? named.Name : profile.Name, profile == null ? null : profile.Slug,
                    profile == null ? null : profile.Role, profile == null ? null : profile.BioHtml))
            .ToListAsync(cancellationToken);
        if (article.Language != Languages.Default)
            authors = await TranslatedBylinesAsync(article.Language, authors, cancellationToken);

        var lead = leadPath is { } path
            ? new ImageView(path, gallery.FirstOrDefault(g => g.Path == path)?.Alt ?? article.Title,
                leadWidth ?? 0, leadHeight ?? 0,
                gallery.FirstOrDefault(g => g.Path == path)?.Hash
                ?? await context.SourceFiles.Where(f => f.Path == path && f.Width != null).Select(f => f.Hash).FirstOrDefaultAsync(cancellationToken))
            : null;
        var happening = await context.ArticleEvents.AsNoTracking().Where(e => e.ArticleId == article.Id).FirstOrDefaultAsync(cancellationToken);
        var attachments = await context.ArticleAttachments.AsNoTracking().Where(x => x.ArticleId == article.Id).OrderBy(x => x.Position)
            .Select(x => new AttachmentView(x.Path, x.FileName, x.Title, x.Length)).ToListAsync(cancellationToken);
        return new ArticleView(article.Id, article.Slug, article.Title, article.PublishedUtc, article.ModifiedUtc, article.Draft,
            article.Summary, article.Html, article.Language, article.Category, lead, article.SourcePath, authors, tags, gallery)
        {
            Event = happening is null ? null : EventView.Of(happening),
            Attachments = attachments,
            Contacts = await ContactViews.ForArticleAsync(context, article.Id, cancellationToken),
            Boilerplate = await BoilerplateViews.OfAsync(context, cancellationToken),
            Translator = article.Translator,
        };
    }

    // A translation's bylines show the translated profiles' bios and roles, or no bio (never the German one).
    private async Task<List<AuthorLink>> TranslatedBylinesAsync(string language, List<AuthorLink> authors, CancellationToken cancellationToken)
    {
        var slugs = authors.Select(a => a.Slug).OfType<string>().ToList();
        var translated = await context.AuthorTranslations.AsNoTracking().Where(t => t.Language == language && slugs.Contains(t.Slug))
            .ToDictionaryAsync(t => t.Slug, t => (t.Role, t.BioHtml), StringComparer.Ordinal, cancellationToken);
        return authors.Select(a => a.Slug is null ? a
            : translated.TryGetValue(a.Slug, out var t) ? a with { Role = t.Role ?? a.Role, BioHtml = t.BioHtml }
            : a with { BioHtml = "" }).ToList();
    }

    /// <summary>The target slug of an old URL path (alias or earlier slug), if that article is visible and German.</summary>
    public Task<string?> RedirectTargetAsync(string path, CancellationToken cancellationToken) =>
        context.Aliases.AsNoTracking().Where(a => a.Path == path)
            .Join(VisibleIn(Languages.German), a => a.ArticleId, x => x.Id, (a, x) => x.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The article an old URL path (alias or earlier slug, of any language) leads to, if it is visible.</summary>
    public Task<ArticleKey?> RedirectAsync(string path, CancellationToken cancellationToken) =>
        context.Aliases.AsNoTracking().Where(a => a.Path == path)
            .Join(Visible, a => a.ArticleId, x => x.Id, (a, x) => new ArticleKey(x.Language, x.Slug))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>An author's profile with their visible German articles, newest first; null when unknown or past the last page.</summary>
    public Task<AuthorView?> AuthorAsync(string slug, int page, CancellationToken cancellationToken) =>
        AuthorAsync(Languages.German, slug, page, cancellationToken);

    /// <summary>An author's page in <paramref name="language"/>: the profile and the author's articles in that language.</summary>
    public Task<AuthorView?> AuthorAsync(string language, string slug, int page, CancellationToken cancellationToken) =>
        InOneSnapshotAsync(() => AuthorPageAsync(language, slug, page, cancellationToken), cancellationToken);

    private async Task<AuthorView?> AuthorPageAsync(string language, string slug, int page, CancellationToken cancellationToken)
    {
        var author = await context.Authors.AsNoTracking().Where(a => a.Slug == slug).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
            return null;
        var articles = await PageOfAsync(VisibleIn(language).Where(a => a.Authors.Any(x => x.AuthorSlug == slug)), page, cancellationToken);
        if (language != Languages.Default)
        {
            // In another language the bio and role are the translated profile's, or none (never the German bio on an English page).
            var translated = await context.AuthorTranslations.AsNoTracking().Where(t => t.Slug == slug && t.Language == language)
                .Select(t => new { t.Role, t.BioHtml }).FirstOrDefaultAsync(cancellationToken);
            author.BioHtml = translated?.BioHtml ?? "";
            author.Role = translated?.Role;
        }

        var image = author.ImagePath is null ? null : await context.SourceFiles.AsNoTracking()
            .Where(f => f.Path == author.ImagePath && f.Width != null)
            .Select(f => new ImageView(f.Path, "", f.Width!.Value, f.Height!.Value, f.Hash)).FirstOrDefaultAsync(cancellationToken);
        return articles is null ? null : new AuthorView(author.Slug, author.Name, author.Role, author.ImagePath, author.BioHtml, articles, image);
    }

    /// <summary>One page of <paramref name="articles"/>, newest first; null when past the last page.</summary>
    public async Task<Page<ArticleCard>?> PageOfAsync(IQueryable<ArticleEntry> articles, int page, CancellationToken cancellationToken) =>
        await PageOfAsync(articles, await articles.CountAsync(cancellationToken), page, cancellationToken);

    /// <summary>The same, for a caller that counted the <paramref name="total"/> more cheaply than the filter can.</summary>
    public async Task<Page<ArticleCard>?> PageOfAsync(IQueryable<ArticleEntry> articles, int total, int page, CancellationToken cancellationToken)
    {
        var result = new Page<ArticleCard>([], page, PageSize, total);
        if (page < 1 || page > result.PageCount)
            return null;
        // The page's ids first, from the covering indexes; then the ten rows. Sorting whole rows to skip
        // to page 40 would read hundreds of wide article rows.
        var pageIds = await articles
            .OrderByDescending(a => a.PublishedUtc).ThenBy(a => a.Slug)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var rows = (await context.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.PublishedUtc,
                CategoryName = a.Category == null ? null : a.Category.Name, CategorySlug = a.Category == null ? null : a.Category.Slug,
                a.Summary, a.LeadImagePath, a.LeadImageWidth, a.LeadImageHeight, a.Draft,
                LeadImageHash = context.SourceFiles.Where(f => f.Path == a.LeadImagePath && f.Width != null).Select(f => f.Hash).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
            .OrderBy(a => pageIds.IndexOf(a.Id)).ToList();
        // The first gallery photo is the thumbnail, by its own query on the page's ids: as a subquery of
        // the page, EF numbers the rows of the whole gallery table for every page.
        var thumbnails = await context.GalleryImages.AsNoTracking().Where(g => pageIds.Contains(g.ArticleId) && g.Position == 0)
            .Select(g => new
            {
                g.ArticleId,
                Image = new ImageView(g.Path, g.Alt, g.Width, g.Height, context.SourceFiles.Where(f => f.Path == g.Path && f.Width != null).Select(f => f.Hash).FirstOrDefault()),
            })
            .ToDictionaryAsync(g => g.ArticleId, g => g.Image, cancellationToken);
        var items = rows.Select(a => new ArticleCard(
                a.Slug, a.Title, a.PublishedUtc, a.CategoryName, a.CategorySlug, a.Summary,
                thumbnails.GetValueOrDefault(a.Id)
                    ?? (a.LeadImagePath == null ? null : new ImageView(a.LeadImagePath, a.Title, a.LeadImageWidth ?? 0, a.LeadImageHeight ?? 0, a.LeadImageHash)),
                a.Draft))
            .ToList();
        return result with { Items = items };
    }

    /// <summary>Runs a page's several queries in one read snapshot (see <see cref="CatalogueSnapshot"/>).</summary>
    internal Task<T> InOneSnapshotAsync<T>(Func<Task<T>> queries, CancellationToken cancellationToken) =>
        context.InOneSnapshotAsync(queries, cancellationToken);
}
