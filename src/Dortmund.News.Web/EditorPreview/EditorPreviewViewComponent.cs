using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dortmund.News.Web.EditorPreview;

/// <summary>
/// In the editors' preview only: the content problems of the page's source file as a visible panel, and
/// the script that reloads the page when that file changes. Renders nothing elsewhere.
/// </summary>
public sealed class EditorPreviewViewComponent(EditorPreviewMode mode, EditorPreviewQueries queries, CatalogueSettings settings)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string sourcePath)
    {
        if (!mode.IsOn)
            return Content("");
        var preview = await queries.ForFileAsync(sourcePath, HttpContext.RequestAborted);
        return View(new EditorPreviewModel(sourcePath, Path.GetFileName(settings.ContentPath) + "/" + sourcePath, preview));
    }
}

/// <summary>The panel's data.</summary>
/// <param name="SourcePath">Content-relative path (what the reload script asks about).</param>
/// <param name="ShownPath">The path as editors see it, starting with the content folder's name.</param>
public sealed record EditorPreviewModel(string SourcePath, string ShownPath, Dortmund.News.Catalogue.Queries.EditorPreview Preview);
