using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// A Markdown file as read by the sync or the validator: its hash, the parsed article, author, contact or
/// boilerplate (null when it has errors), and its problems.
/// </summary>
internal sealed class ParsedFile
{
    private readonly List<ContentProblem> _problems;

    private ParsedFile(string path, string hash, IReadOnlyList<ContentProblem> problems)
    {
        Path = path;
        Hash = hash;
        _problems = [.. problems];
    }

    public string Path { get; }
    public string Hash { get; }
    public bool IsArticleFile { get; private init; }
    public Article? Article { get; private set; }
    public Author? Author { get; private set; }
    public Contact? Contact { get; private set; }
    public Boilerplate? Boilerplate { get; private set; }
    public IReadOnlyList<ContentProblem> Problems => _problems;

    /// <summary>The length in bytes of each attachment the article offers, by content path, as found when it was checked.</summary>
    public IReadOnlyDictionary<string, long> AttachmentLengths { get; private set; } = new Dictionary<string, long>();

    /// <summary>The article's search index row, prepared on the parsing thread (the sync sets it).</summary>
    public Search.SearchText? Search { get; set; }
    public bool Failed => Article is null && Author is null && Contact is null && Boilerplate is null;

    /// <summary>A copy of an article file without its body, summary and search row: what is kept of a file already written while its links wait.</summary>
    public ParsedFile WithoutBody() =>
        new(Path, Hash, _problems)
        {
            Article = Article! with { Html = "", PlainText = "", Summary = "" }, IsArticleFile = IsArticleFile, AttachmentLengths = AttachmentLengths,
        };

    public static ParsedFile FromArticle(string path, string hash, ReadResult<Article> result) =>
        new(path, hash, result.Problems) { Article = result.Value, IsArticleFile = true };

    public static ParsedFile FromAuthor(string path, string hash, ReadResult<Author> result) =>
        new(path, hash, result.Problems) { Author = result.Value };

    public static ParsedFile FromContact(string path, string hash, ReadResult<Contact> result) =>
        new(path, hash, result.Problems) { Contact = result.Value };

    public static ParsedFile FromBoilerplate(string path, string hash, ReadResult<Boilerplate> result) =>
        new(path, hash, result.Problems) { Boilerplate = result.Value };

    /// <summary>
    /// Reads, hashes and parses an article, author, contact or boilerplate file and checks what it names; then runs
    /// <paramref name="prepare"/> (the sync's search row). The one path of the sync and the validator, so
    /// both report the same: whatever fails for this one file (the disk, a bug in a parser) becomes its
    /// NEWS008, and the rest of the content goes on.
    /// </summary>
    public static async Task<ParsedFile> ReadAsync(ScannedFile file, ReferenceTargets targets, Action<ParsedFile>? prepare,
        CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(file.Path, hash: "", e);
        }

        var hash = FileHash.Of(bytes);
        try
        {
            var parsed = Read(file, hash, bytes);
            parsed.CheckReferences(targets);
            prepare?.Invoke(parsed);
            return parsed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unreadable(file.Path, hash, e);
        }
    }

    private static ParsedFile Read(ScannedFile file, string hash, byte[] bytes) => file.Kind switch
    {
        FileKind.Article => FromArticle(file.Path, hash, ArticleReader.Read(file.Path, bytes)),
        FileKind.Author => FromAuthor(file.Path, hash, AuthorReader.Read(file.Path, bytes)),
        FileKind.Contact => FromContact(file.Path, hash, ContactReader.Read(file.Path, bytes)),
        FileKind.Boilerplate => FromBoilerplate(file.Path, hash, BoilerplateReader.Read(file.Path, bytes)),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "not a Markdown file"),
    };

    // An empty hash says the bytes were never read: the sync reads the file again next time.
    private static ParsedFile Unreadable(string path, string hash, Exception e) =>
        new(path, hash, [new ContentProblem(path, 1, 1, Rules.Unreadable.Severity, Rules.Unreadable.Code,
            $"file could not be read ({e.GetType().Name}: {e.Message}); the rest of the content is not affected")])
        {
            IsArticleFile = ContentScanner.KindOf(path) == FileKind.Article,
        };

    /// <summary>Checks what the file names outside itself: image files, author profiles and press contacts.</summary>
    public void CheckReferences(ReferenceTargets targets)
    {
        IEnumerable<ImageReference?> references = Article is { } article
            ? [article.LeadImage, .. article.Gallery.Select(g => g.Image)]
            : [Author?.Image, Contact?.Image];
        foreach (var image in references.OfType<ImageReference>().DistinctBy(i => (i.Path, i.Line)))
        {
            if (!targets.Images.Contains(image.Path))
                Fail(Rules.ImageMissing, image, $"image file '{image.Path}' not found: check the name and that it is inside content/");
            else if (targets.Images.SizeOf(image.Path) is null)
                Fail(Rules.ImageCorrupt, image, $"image file '{image.Path}' is not a readable JPEG, PNG, WebP or GIF");
        }

        CheckAttachments(targets);
        if (Author is { IsTranslation: true } translated && !targets.AuthorSlugs.Contains(translated.Slug))
            Fail(Rules.ProfileOriginalMissing, 1, 1,
                $"there is no German profile authors/{translated.Slug}.md: a translated profile gives the bio of an author who has one");
        foreach (var author in Article?.Authors ?? [])
        {
            if (!targets.AuthorSlugs.Contains(author.Slug))
                _problems.Add(new ContentProblem(Path, author.Line, author.Column, Severity.Warning, Rules.AuthorUnknown.Code,
                    $"author '{author.Name}' has no profile file authors/{author.Slug}.md; shown as a plain name"));
        }

        foreach (var contact in Article?.Contacts ?? [])
        {
            if (!targets.ContactSlugs.Contains(contact.Slug))
                _problems.Add(new ContentProblem(Path, contact.Line, contact.Column, Severity.Warning, Rules.ContactUnknown.Code,
                    $"press contact '{contact.Name}' has no contact file {ContactReader.Folder}/{contact.Slug}.md; not shown "
                    + "(without any known contact the default contact is)"));
        }
    }

    // Scanning skips a link that leads outside content/, so such a file is missing here too.
    private void CheckAttachments(ReferenceTargets targets)
    {
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var attachment in Article?.Attachments ?? [])
        {
            if (targets.Attachments.TryGetValue(attachment.Path, out var length))
                lengths[attachment.Path] = length;
            else
                Fail(Rules.AttachmentMissing, attachment.Line, attachment.Column,
                    $"attachment file '{attachment.Path}' not found: check the name (capitals count) and that it lies inside content/ "
                    + "(a symbolic link that leads outside does not count)");
        }

        AttachmentLengths = lengths;
    }

    /// <summary>Adds an error found after parsing; the file is then not published.</summary>
    public void Fail(Rule rule, ImageReference at, string message) => Fail(rule, at.Line, at.Column, message);

    /// <summary>Adds an error found after parsing; the file is then not published.</summary>
    public void Fail(Rule rule, int line, int column, string message)
    {
        _problems.Add(new ContentProblem(Path, line, column, rule.Severity, rule.Code, message));
        if (rule.Severity == Severity.Error)
            (Article, Author, Contact, Boilerplate) = (null, null, null, null);
    }
}
