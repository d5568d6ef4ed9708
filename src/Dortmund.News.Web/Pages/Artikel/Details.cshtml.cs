using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Attachments;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.Embargo;
using Dortmund.News.Web.Events;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.PressPhotos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Pages.Artikel;

/// <summary>An article at its address, or before its moment at an embargo link (<c>/vorab/{token}</c>).</summary>
public sealed class DetailsModel(ArticleQueries queries, EmbargoAccess embargo, PressPhotoDownloads downloads, PressPhotoStore store) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    /// <summary>Set when the page is shown by an embargo link, before the article is public.</summary>
    public EmbargoNotice? Embargo { get; private set; }

    /// <summary>
    /// The photos to download with their rights; null for a draft (shown only in the editors' preview) and before
    /// publication (an embargo link's page), whose photos are not offered.
    /// </summary>
    public PhotoDownloadLinks? Downloads { get; private set; }

    /// <summary>The licence of photos that name none.</summary>
    public string DefaultLicense => downloads.DefaultLicense;

    /// <summary>The "Termin" box; its calendar file only once the article is public (and German: the calendars are).</summary>
    public EventBox? EventBox => Article.Event is { } happening
        ? new EventBox(happening, Embargo is null && Article.Language == SiteLanguage.German.Code ? SiteRoutes.ArticleEventCalendarPath(Article.Slug) : null)
        : null;

    /// <summary>The article in each language the public can read it in: itself and its public translations.</summary>
    public IReadOnlyList<PageVersion> Versions { get; private set; } = [];

    /// <summary>The article's files, downloaded below the embargo link while the article is not public yet.</summary>
    public AttachmentLinks Attachments => Embargo is { } held ? new AttachmentLinks(Article.Attachments, held.BasePath) : AttachmentLinks.Of(Article);

    public async Task<IActionResult> OnGetAsync(string? slug, string? token, CancellationToken cancellationToken)
    {
        if (token is not null)
            return await EmbargoedAsync(token, cancellationToken);
        var language = SiteLanguage.Current;
        if (await queries.BySlugAsync(language.Code, slug!, cancellationToken) is { } article)
        {
            Article = article;
            // The photo downloads live below the German article's address, with its text in their rights.
            Downloads = article.Draft || language != SiteLanguage.German ? null : PhotoDownloadLinks.For(downloads.Of(article), store);
            var translations = await queries.TranslationsAsync(language.Code, article.Slug, cancellationToken);
            Versions = PageVersions.Article(language, article.Slug, translations.Select(t => (t.Language, t.Slug)));
            return Page();
        }

        // Perhaps the article's earlier slug or an editor's alias: answered as every earlier address is.
        return new AliasRedirect(queries, language.Routes.ArticlePrefix + slug);
    }

    private async Task<IActionResult> EmbargoedAsync(string token, CancellationToken cancellationToken)
    {
        switch (await embargo.OpenAsync(token, cancellationToken))
        {
            case EmbargoOutcome.Preview preview:
                Article = preview.Article;
                Embargo = new EmbargoNotice(preview.Article.PublishedUtc, preview.Token);
                EmbargoResponse.Mark(Response);
                // Its address once it is public, not the link's: the link must not travel on in shared metadata.
                ViewData[HeadKeys.Canonical] = SiteRoutes.ArticlePrefix + Uri.EscapeDataString(preview.Article.Slug);
                return Page();
            case EmbargoOutcome.Released released:
                EmbargoResponse.Mark(Response);
                return Redirect(SiteRoutes.ArticlePrefix + Uri.EscapeDataString(released.Slug));
            default:
                return NotFound();
        }
    }
}
