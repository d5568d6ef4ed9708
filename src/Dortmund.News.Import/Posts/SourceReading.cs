using System.Text;
using System.Text.RegularExpressions;
using Dortmund.News.Import.SourceText;

namespace Dortmund.News.Import.Posts;

/// <summary>The steps every Markdown-with-front-matter source shares: open a file, read a date prefix, refuse what cannot be imported.</summary>
public static partial class SourceReading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The post with its front matter read (not yet mapped), or why the file cannot be imported.</summary>
    public static (ImportedPost? Post, FieldMap? Fields, SkippedFile? Skip) Open(string file, string shown)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(file));
        }
        catch (DecoderFallbackException)
        {
            return (null, null, new SkippedFile(shown, 1, "not UTF-8 text (save it as UTF-8 and import again)"));
        }

        var (document, line, error) = SourceDocument.Parse(text);
        if (document is null)
            return (null, null, new SkippedFile(shown, line, error!));
        var post = new ImportedPost(shown, Path.GetDirectoryName(Path.GetFullPath(file)))
        {
            Body = document.Body,
            BodyLine = document.BodyLine,
        };
        return (post, document.FrontMatter, null);
    }

    /// <summary>A <c>yyyy-mm-dd-</c> prefix of a file or folder name: the date (null when none or no real day) and the rest.</summary>
    public static (SourceDate? Date, string Remainder, string? ImpossibleDate) DatePrefix(string name)
    {
        var match = Prefix().Match(name);
        if (!match.Success)
            return (null, name, null);
        var date = SourceDate.Parse(match.Groups[1].Value);
        return (date, name[match.Length..], date is null ? match.Groups[1].Value : null);
    }

    /// <summary>Why a post cannot be written in the site's format (no title, no date), or null.</summary>
    public static string? Refusal(ImportedPost post, string? impossibleNameDate)
    {
        if (post.Date is null && impossibleNameDate is not null)
            return $"the date {impossibleNameDate} in the file name is no real day, and the front matter has no date: add 'date:' to the file or rename it";
        if (post.Date is null)
            return "no date: neither 'date:' in the front matter nor a date at the start of the file name";
        if (post.Title is null)
            return "no title: add 'title:' to the front matter";
        return null;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[-_ ]")]
    private static partial Regex Prefix();
}
