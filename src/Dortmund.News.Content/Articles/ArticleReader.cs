using System.Text.RegularExpressions;
using Dortmund.News.Content.Attachments;
using Dortmund.News.Content.Events;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Markdown;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;
using Dortmund.News.Content.Translations;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Content.Articles;

/// <summary>The outcome of reading one file: the article when it has no errors, and every problem found.</summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<ContentProblem> Problems) where T : class;

/// <summary>Reads an article file (front matter + Markdown) into an <see cref="Article"/>.</summary>
public static partial class ArticleReader
{
    /// <summary>The front-matter keys an article may use (declared in <see cref="ArticleKeys"/>).</summary>
    public static IReadOnlyList<string> KnownKeys => ArticleKeys.Set.Names;

    /// <summary>The site's time zone: dates without an offset are read as Dortmund time.</summary>
    public static TimeZoneInfo SiteTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Reads the raw bytes of the file at content-relative <paramref name="sourcePath"/>.</summary>
    public static ReadResult<Article> Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList(sourcePath);
        var text = ContentText.Decode(bytes, problems);
        return text is null ? new ReadResult<Article>(null, problems.All) : Read(sourcePath, text, problems);
    }

    /// <summary>Reads already decoded text of the file at content-relative <paramref name="sourcePath"/>.</summary>
    public static ReadResult<Article> Read(string sourcePath, string text) => Read(sourcePath, text, new ProblemList(sourcePath));

    private static ReadResult<Article> Read(string sourcePath, string text, ProblemList problems)
    {
        var markdown = Render(text, problems);
        var map = markdown is null ? null : FrontMatterOf(markdown, text, problems);
        if (markdown is null || map is null)
            return new ReadResult<Article>(null, problems.All);

        WarnAboutUnknownKeys(map, KnownKeys, problems);
        var article = BuildArticle(sourcePath, map, markdown, problems);
        return new ReadResult<Article>(problems.HasErrors ? null : article, problems.All);
    }

    /// <summary>
    /// Decodes a profile-like file (author, contact, boilerplate), renders its body and opens its front matter;
    /// null when it fails before its keys can be read (its problems say why).
    /// </summary>
    internal static (RenderedMarkdown Markdown, FrontMatterMap Map)? Open(ReadOnlySpan<byte> bytes, ProblemList problems)
    {
        var text = ContentText.Decode(bytes, problems);
        var markdown = text is null ? null : Render(text, problems);
        var map = markdown is null ? null : FrontMatterOf(markdown, text!, problems);
        return markdown is null || map is null ? null : (markdown, map);
    }

    internal static RenderedMarkdown? Render(string text, ProblemList problems)
    {
        text = XmlSafeMarkdown.Text(text, problems);
        try
        {
            var markdown = MarkdownRenderer.Render(text);
            return XmlSafeMarkdown.Body(markdown, ClosingLineOf(markdown), problems);
        }
        catch (ArgumentException e)
        {
            problems.Add(Rules.TooDeep, Position.Start, $"{e.Message} Flatten the nested lists or quotes.");
            return null;
        }
    }

    internal static FrontMatterMap? FrontMatterOf(RenderedMarkdown markdown, string text, ProblemList problems)
    {
        if (markdown.FrontMatterYaml is null)
        {
            problems.Add(Rules.NoFrontMatter, Position.Start, MarkdownRenderer.StartsWithFrontMatter(text)
                ? "front matter is not closed: add a line '---' after the last key"
                : "file has no front matter: start it with a line '---', then 'title: …' and 'date: …', then '---'");
            return null;
        }

        return YamlFrontMatter.Load(markdown.FrontMatterYaml, markdown.FrontMatterLine, problems);
    }

    internal static void WarnAboutUnknownKeys(FrontMatterMap map, IReadOnlyList<string> known, ProblemList problems)
    {
        foreach (var (key, at) in map.Keys)
        {
            if (known.Contains(key))
                continue;
            var suggestion = DidYouMean.Closest(key, known);
            problems.Add(Rules.UnknownKey, at, suggestion is null
                ? $"unknown key '{key}' is ignored"
                : $"unknown key '{key}' is ignored; did you mean '{suggestion}'?");
        }
    }

    private static Article BuildArticle(string sourcePath, FrontMatterMap map, RenderedMarkdown markdown, ProblemList problems)
    {
        var (nameDate, nameSlug) = NameParts(sourcePath);

        var title = map.Text(ArticleKeys.Title);
        if (title is null && !map.Has(ArticleKeys.Title))
            problems.Add(ArticleKeys.Title.RequiredBy!, map.Start, "'title' is missing: add 'title: Überschrift des Artikels'");
        else if (title is null)
            problems.Add(Rules.BadValue, map.PositionOf(ArticleKeys.Title), "'title' is empty");

        var date = map.Date(ArticleKeys.Date, SiteTimeZone) ?? nameDate.Date;
        if (date is null && !map.Has(ArticleKeys.Date) && nameDate.Outcome == DateOutcome.OutOfRange)
            problems.Add(Rules.BadDate, Position.Start,
                $"the date at the start of the file or folder name is out of range: {IsoDate.RangeHint}; rename it or add 'date: 2026-11-12'");
        else if (date is null && !map.Has(ArticleKeys.Date))
            problems.Add(ArticleKeys.Date.RequiredBy!, map.Start,
                "'date' is missing: add 'date: 2026-11-12' (or start the file or folder name with 2026-11-12-)");

        var slug = SlugOf(map, nameSlug, problems);
        var authors = map.TextList(ArticleKeys.Authors).Select(name => (Name: name, At: map.PositionOf(ArticleKeys.Authors)))
            .Concat(map.TextList(ArticleKeys.Author).Select(name => (Name: name, At: map.PositionOf(ArticleKeys.Author))))
            .Select(a => new AuthorReference(SlugText.From(a.Name), a.Name, a.At.Line, a.At.Column))
            .DistinctBy(a => a.Slug)
            .ToList();
        var tags = map.TextList(ArticleKeys.Tags).DistinctBy(SlugText.From).Where(t => SlugText.From(t).Length > 0).ToList();
        var aliases = map.LocatedTextList(ArticleKeys.Aliases)
            .Select(a => new AliasReference(NormalizeAlias(a.Text), a.At.Line, a.At.Column)).DistinctBy(a => a.Path).ToList();
        var contacts = map.LocatedTextList(ArticleKeys.Contacts)
            .Select(c => new ContactReference(SlugText.From(c.Text), c.Text, c.At.Line, c.At.Column))
            .Where(c => c.Slug.Length > 0).DistinctBy(c => c.Slug).ToList();
        var language = LanguageOf(sourcePath, map, problems);
        var lead = ImageOf(sourcePath, map, ArticleKeys.Image, problems);
        var translation = language != Languages.Default;
        var gallery = map.MapList(ArticleKeys.Gallery).Select(entry => GalleryImageOf(sourcePath, entry, translation, problems))
            .OfType<GalleryImage>().ToList();
        var articleEvent = EventReader.Read(map, problems);
        // Both read, so a bad one is reported even beside a good one (the schema rejects it too).
        var expires = map.Date(ArticleKeys.Expires, SiteTimeZone);
        var expiryDate = map.Date(ArticleKeys.ExpiryDate, SiteTimeZone);
        var attachments = AttachmentReader.Read(sourcePath, map, problems);

        if (markdown.PlainText.Length == 0)
            problems.Add(Rules.EmptyBody, ClosingLineOf(markdown),
                "the article has no text below the front matter: write it after this line");

        return new Article(
            sourcePath,
            slug,
            title ?? "",
            date ?? DateTimeOffset.MinValue,
            map.Date(ArticleKeys.LastModified, SiteTimeZone),
            expires ?? expiryDate,
            map.Flag(ArticleKeys.Draft) ?? false,
            authors,
            map.Text(ArticleKeys.Category),
            tags,
            map.Text(ArticleKeys.Summary) ?? DerivedSummary.From(markdown.FirstParagraph),
            aliases.Select(a => a.Path).ToList(),
            language,
            lead,
            gallery,
            markdown.Html,
            markdown.PlainText)
        {
            SlugAt = map.Has(ArticleKeys.Slug) ? map.PositionOf(ArticleKeys.Slug) : map.PositionOf(ArticleKeys.Title),
            AliasReferences = aliases,
            Links = markdown.Links,
            Event = articleEvent,
            Attachments = attachments,
            Contacts = contacts,
            Featured = map.Flag(ArticleKeys.Featured) ?? false,
            TranslationKey = map.Text(ArticleKeys.TranslationKey),
            Translator = map.Text(ArticleKeys.Translator),
            LanguageAt = map.Has(ArticleKeys.Language) ? map.PositionOf(ArticleKeys.Language) : map.PositionOf(ArticleKeys.Title),
            TranslationKeyAt = map.Has(ArticleKeys.TranslationKey) ? map.PositionOf(ArticleKeys.TranslationKey) : map.PositionOf(ArticleKeys.Title),
        };
    }

    /// <summary>
    /// The file's language: its name's suffix (<c>index.en.md</c>), else <c>lang:</c>, else German. A language the
    /// site does not publish in, or a <c>lang:</c> contradicting the suffix, is an error.
    /// </summary>
    internal static string LanguageOf(string sourcePath, FrontMatterMap map, ProblemList problems)
    {
        var suffix = TranslationName.Of(sourcePath).Language;
        var written = map.Text(ArticleKeys.Language);
        if (suffix is not null && !Languages.IsKnown(suffix))
            problems.Add(Rules.UnknownLanguage, Position.Start,
                $"the file name's language suffix '.{suffix}' is not a language of the site ({string.Join(", ", Languages.All)}): rename the file");
        if (written is not null && !Languages.IsKnown(written))
            problems.Add(Rules.UnknownLanguage, map.PositionOf(ArticleKeys.Language),
                $"language '{written}' is not a language of the site: write one of {string.Join(", ", Languages.All)}");
        else if (written is not null && suffix is not null && written != suffix)
            problems.Add(Rules.LanguageMismatch, map.PositionOf(ArticleKeys.Language),
                $"'lang: {written}' disagrees with the file name, which says '{suffix}': remove the 'lang:' line or rename the file");
        return suffix ?? written ?? Languages.Default;
    }

    /// <summary>The line of the <c>---</c> that closes the front matter: the body belongs below it.</summary>
    internal static Position ClosingLineOf(RenderedMarkdown markdown) =>
        new(Math.Max(1, markdown.FrontMatterLine + (markdown.FrontMatterYaml?.TrimEnd('\r', '\n').Split('\n').Length ?? 0)), 1);

    private static string SlugOf(FrontMatterMap map, string nameSlug, ProblemList problems)
    {
        var explicitSlug = map.Text(ArticleKeys.Slug);
        var slug = SlugText.From(explicitSlug ?? nameSlug);
        if (slug.Length == 0)
            problems.Add(Rules.BadValue, map.PositionOf(ArticleKeys.Slug), explicitSlug is null
                ? "the file name gives no usable slug: add 'slug: mein-artikel'"
                : $"slug '{explicitSlug}' has no letters or digits");
        return slug;
    }

    internal static ImageReference? ImageOf(string sourcePath, FrontMatterMap map, TextKey key, ProblemList problems)
    {
        if (map.Text(key) is not { } src)
            return null;
        var at = map.PositionOf(key);
        if (ContentPath.Resolve(sourcePath, src) is { } path)
            return new ImageReference(path, at.Line, at.Column);
        problems.Add(Rules.ImageOutside, at,
            $"image '{src}' must be a file beside the article (a relative path inside content/), not an absolute path or URL");
        return null;
    }

    /// <summary>
    /// A gallery entry. A translation's entry may name a photo of its original by <c>src</c> alone, or with its own
    /// <c>caption</c> and <c>alt</c>: what it leaves out (empty here) comes from the original, and so do credit and licence.
    /// </summary>
    private static GalleryImage? GalleryImageOf(string sourcePath, FrontMatterMap entry, bool translation, ProblemList problems)
    {
        WarnAboutUnknownKeys(entry, GalleryKeys.Set.Names, problems);
        var src = entry.Text(GalleryKeys.Source);
        if (src is null)
        {
            problems.Add(GalleryKeys.Source.RequiredBy!, entry.Start, "gallery entry has no 'src': name the image file");
            return null;
        }

        var image = ImageOf(sourcePath, entry, GalleryKeys.Source, problems);
        var caption = entry.Text(GalleryKeys.Caption);
        var credit = entry.Text(GalleryKeys.Credit);
        var alt = entry.Text(GalleryKeys.Alt);
        var license = entry.Text(GalleryKeys.License);
        if (translation)
            return image is null ? null : new GalleryImage(image, caption ?? "", credit ?? "", alt ?? caption ?? "", license) { At = entry.Start };
        if (caption is null)
            problems.Add(GalleryKeys.Caption.RequiredBy!, entry.Start, $"gallery image '{src}' has no caption");
        if (credit is null)
            problems.Add(GalleryKeys.Credit.RequiredBy!, entry.Start, $"gallery image '{src}' has no credit");
        if (alt is null && caption is not null)
            problems.Add(Rules.NoAlt, entry.Start, $"gallery image '{src}' has no alt text; the caption is used");
        if (license is null && entry.IsBlank(GalleryKeys.License))
            problems.Add(GalleryKeys.License.BlankRule!, entry.PositionOf(GalleryKeys.License),
                $"gallery image '{src}' has an empty 'license': write the usage terms, or remove the line for the site's default terms");

        return image is null || caption is null || credit is null
            ? null
            : new GalleryImage(image, caption, credit, alt ?? caption, license);
    }

    private static string NormalizeAlias(string alias)
    {
        var path = alias.Trim().TrimEnd('/');
        return path.StartsWith('/') ? path : "/" + path;
    }

    /// <summary>The date prefix and the rest of the bundle folder name (for index.md) or file name.</summary>
    private static (DateReading Date, string Name) NameParts(string sourcePath)
    {
        var segments = sourcePath.Split('/');
        var fileName = TranslationName.BaseNameOf(sourcePath);
        var name = fileName.Equals("index", StringComparison.OrdinalIgnoreCase) && segments.Length > 1 ? segments[^2] : fileName;
        var match = DatePrefix().Match(name);
        return match.Success
            ? (IsoDate.Parse(match.Groups[1].Value, SiteTimeZone), name[match.Length..])
            : (DateReading.NotADate, name);
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefix();
}
