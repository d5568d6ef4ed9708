using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Validation;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Attachments;

/// <summary>
/// Sends a file an article offers, as a download that keeps its name: its media type, <c>Content-Disposition:
/// attachment</c> with the name as UTF-8 (<c>filename*</c>), ranges and validators from the file. The path comes
/// from the catalogue, never from the request; it is checked against content/ again when served, since a link
/// may have been swapped in after the sync.
/// </summary>
internal static class AttachmentFile
{
    public static IResult Serve(AttachmentView? attachment, CatalogueSettings catalogue, string cacheControl, HttpContext http)
    {
        if (attachment is null)
            return Results.NotFound();
        var path = Path.Combine(catalogue.ContentPath, attachment.Path);
        var file = new FileInfo(path);
        if (!file.Exists || !ContentBoundary.Contains(catalogue.ContentPath, path))
            return Results.NotFound();
        http.Response.Headers[HeaderNames.CacheControl] = cacheControl;
        return Results.File(path, attachment.Type.MediaType, fileDownloadName: attachment.FileName,
            lastModified: file.LastWriteTimeUtc, enableRangeProcessing: true);
    }
}
