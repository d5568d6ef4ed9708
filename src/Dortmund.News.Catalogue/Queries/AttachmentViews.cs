using Dortmund.News.Content.Attachments;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>A file an article offers, as its page lists it and its download serves it.</summary>
/// <param name="Path">Content-relative path of the file.</param>
/// <param name="FileName">The name its address ends in and the download keeps.</param>
/// <param name="Title">The link text.</param>
/// <param name="Length">Length in bytes when the article was synced.</param>
public sealed record AttachmentView(string Path, string FileName, string Title, long Length)
{
    /// <summary>What kind of file it is (its label and media type).</summary>
    public AttachmentType Type => AttachmentType.Of(FileName)
        ?? throw new InvalidOperationException($"'{FileName}' is no attachment type; the validator lets none in");
}
