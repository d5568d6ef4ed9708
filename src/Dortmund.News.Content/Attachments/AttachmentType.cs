namespace Dortmund.News.Content.Attachments;

/// <summary>A kind of file an article may offer: its extension, the label readers see, and its media type.</summary>
public sealed record AttachmentType(string Extension, string Label, string MediaType)
{
    /// <summary>The kinds of files allowed: documents journalists open, never anything a browser would run.</summary>
    public static readonly IReadOnlyList<AttachmentType> All =
    [
        new(".pdf", "PDF", "application/pdf"),
        new(".docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        new(".xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        new(".pptx", "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        new(".zip", "ZIP", "application/zip"),
    ];

    /// <summary>The allowed extensions at the end of a path, in any case, as a regular expression for the editors' schema.</summary>
    public static string ExtensionPattern { get; } =
        @"\.(?:" + string.Join('|', All.Select(t => string.Concat(t.Extension[1..].Select(c => $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]")))) + ")";

    /// <summary>The type of a file with this extension (any case), or null when it is not allowed.</summary>
    public static AttachmentType? Of(string path) =>
        All.FirstOrDefault(t => path.EndsWith(t.Extension, StringComparison.OrdinalIgnoreCase));
}
