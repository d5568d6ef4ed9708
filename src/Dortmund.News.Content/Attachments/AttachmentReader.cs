using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Attachments;

/// <summary>Reads an article's <c>attachments:</c> list: entries with <c>src</c> and <c>title</c>.</summary>
public static class AttachmentReader
{
    /// <summary>The keys an attachment entry may have (declared in <see cref="AttachmentKeys"/>).</summary>
    public static IReadOnlyList<string> Keys => AttachmentKeys.Set.Names;

    /// <summary>The attachments in order; entries with errors are left out (and reported).</summary>
    public static IReadOnlyList<Attachment> Read(string sourcePath, FrontMatterMap map, ProblemList problems)
    {
        var attachments = new List<Attachment>();
        foreach (var entry in map.MapList(ArticleKeys.Attachments))
        {
            if (ReadEntry(sourcePath, entry, problems) is not { } attachment)
                continue;
            // The file name is the download's address: two of one name would share it.
            if (attachments.Find(a => a.FileName.Equals(attachment.FileName, StringComparison.OrdinalIgnoreCase)) is { } first)
                problems.Add(Rules.AttachmentNameTwice, new Position(attachment.Line, attachment.Column),
                    $"attachment '{attachment.Path}' has the file name of '{first.Path}' (line {first.Line}): rename one of them");
            else
                attachments.Add(attachment);
        }

        return attachments;
    }

    private static Attachment? ReadEntry(string sourcePath, FrontMatterMap entry, ProblemList problems)
    {
        ArticleReader.WarnAboutUnknownKeys(entry, Keys, problems);
        var src = entry.Text(AttachmentKeys.Source);
        var title = entry.Text(AttachmentKeys.Title);
        if (src is null)
        {
            problems.Add(AttachmentKeys.Source.RequiredBy!, entry.Start, "attachment has no 'src': name the file beside the article");
            return null;
        }

        var at = entry.PositionOf(AttachmentKeys.Source);
        if (title is null)
            problems.Add(AttachmentKeys.Title.RequiredBy!, entry.Start, $"attachment '{src}' has no 'title': add the link text, e.g. 'title: Pressemappe'");
        if (ContentPath.Resolve(sourcePath, src) is not { } path)
        {
            problems.Add(Rules.AttachmentOutside, at,
                $"attachment '{src}' must be a file beside the article (a relative path inside content/), not an absolute path or URL");
            return null;
        }

        if (AttachmentType.Of(path) is not { } type)
        {
            problems.Add(Rules.AttachmentType, at,
                $"attachment '{src}' is not a {string.Join(", ", AttachmentType.All.SkipLast(1).Select(t => t.Label))} or {AttachmentType.All[^1].Label} file");
            return null;
        }

        return title is null ? null : new Attachment(path, title, type, at.Line, at.Column);
    }
}
