namespace Dortmund.News.Content.Attachments;

/// <summary>A file offered with an article (<c>attachments:</c>): a press kit as PDF, a table as XLSX.</summary>
/// <param name="Path">Content-relative path with forward slashes.</param>
/// <param name="Title">The link text.</param>
/// <param name="Type">What kind of file it is, by its extension.</param>
/// <param name="Line">Line where the editor named the file.</param>
/// <param name="Column">Column where the editor named the file.</param>
public sealed record Attachment(string Path, string Title, AttachmentType Type, int Line, int Column)
{
    /// <summary>The file name, which the download keeps and its address ends in.</summary>
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];
}
