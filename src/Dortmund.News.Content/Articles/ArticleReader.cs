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
    /// <summary>The front-matter keys an article may use (Hugo's names where Hugo has one).</summary>
    public static readonly IReadOnlyList<string> KnownKeys =
    [
        "title", "date", "lastmod", "expires", "expiryDate", "author", "authors", "category", "tags", "summary",
        "slug", "aliases", "draft", "image", "gallery", "lang", "contacts", "event", "attachments", "featured",
        "translationKey", "translator",
    ];

    private static readonly IReadOnlyList<string> GalleryKeys = ["src", "caption", "credit", "alt", "license"];

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

        var title = map.Text("title");
        if (title is null && !map.Has("title"))
            problems.Add(Rules.MissingKey, map.Start, "'title' is missing: add 'title: Überschrift des Artikels'");
        else if (title is null)
            problems.Add(Rules.BadValue, map.PositionOf("title"), "'title' is empty");

        var date = map.Date("date", SiteTimeZone) ?? nameDate.Date;
        if (date is null && !map.Has("date") && nameDate.Outcome == DateOutcome.OutOfRange)
            problems.Add(Rules.BadDate, Position.Start,
                $"the date at the start of the file or folder name is out of range: {IsoDate.RangeHint}; rename it or add 'date: 2026-11-12'");
        else if (date is null && !map.Has("date"))
            problems.Add(Rules.MissingKey, map.Start,
                "'date' is missing: add 'date: 2026-11-12' (or start the file or folder name with 2026-11-12-)");

        var slug = SlugOf(map, nameSlug, problems);
        var authors = map.TextList("authors").Select(name => (Name: name, At: map.PositionOf("authors")))
            .Concat(map.TextList("author").Select(name => (Name: name, At: map.PositionOf("author"))))
            .Select(a => new AuthorReference(SlugText.From(a.Name), a.Name, a.At.Line, a.At.Column))
            .DistinctBy(a => a.Slug)
            .ToList();
        var tags = map.TextList("tags").DistinctBy(SlugText.From).Where(t => SlugText.From(t).Length > 0).ToList();
        var aliases = map.LocatedTextList("aliases")
            .Select(a => new AliasReference(NormalizeAlias(a.Text), a.At.Line, a.At.Column)).DistinctBy(a => a.Path).ToList();
        var contacts = map.LocatedTextList("contacts")
            .Select(c => new ContactReference(SlugText.From(c.Text), c.Text, c.At.Line, c.At.Column))
            .Where(c => c.Slug.Length > 0).DistinctBy(c => c.Slug).ToList();
        var lead = ImageOf(sourcePath, map, "image", problems);
        var gallery = map.MapList("gallery").Select(entry => GalleryImageOf(sourcePath, entry, problems))
            .OfType<GalleryImage>().ToList();
        var articleEvent = EventReader.Read(map, problems);
        var attachments = AttachmentReader.Read(sourcePath, map, problems);

        if (markdown.PlainText.Length == 0)
            problems.Add(Rules.EmptyBody, ClosingLineOf(markdown),
                "the article has no text below the front matter: write it after this line");

        return new Article(
            sourcePath,
            slug,
            title ?? "",
            date ?? DateTimeOffset.MinValue,
            map.Date("lastmod", SiteTimeZone),
            map.Date("expires", SiteTimeZone) ?? map.Date("expiryDate", SiteTimeZone),
            map.Flag("draft") ?? false,
            authors,
            map.Text("category"),
            tags,
            map.Text("summary") ?? DerivedSummary.From(markdown.FirstParagraph),
            aliases.Select(a => a.Path).ToList(),
            LanguageOf(sourcePath, map, problems),
            lead,
            gallery,
            markdown.Html,
            markdown.PlainText)
        {
            SlugAt = map.Has("slug") ? map.PositionOf("slug") : map.PositionOf("title"),
            AliasReferences = aliases,
            Links = markdown.Links,
            Event = articleEvent,
            Attachments = attachments,
            Contacts = contacts,
            Featured = map.Flag("featured") ?? false,
            TranslationKey = map.Text("translationKey"),
            Translator = map.Text("translator"),
            LanguageAt = map.Has("lang") ? map.PositionOf("lang") : map.PositionOf("title"),
            TranslationKeyAt = map.Has("translationKey") ? map.PositionOf("translationKey") : map.PositionOf("title"),
        };
    }

    /// <summary>
    /// The file's language: its name's suffix (<c>index.en.md</c>), else <c>lang:</c>, else German. A language the
    /// site does not publish in, or a <c>lang:</c> contradicting the suffix, is an error.
    /// </summary>
    internal static string LanguageOf(string sourcePath, FrontMatterMap map, ProblemList problems)
    {
        var suffix = TranslationName.Of(sourcePath).Language;
        var written = map.Text("lang");
        if (suffix is not null && !Languages.IsKnown(suffix))
            problems.Add(Rules.UnknownLanguage, Position.Start,
                $"the file name's language suffix '.{suffix}' is not a language of the site ({string.Join(", ", Languages.All)}): rename the file");
        if (written is not null && !Languages.IsKnown(written))
            problems.Add(Rules.UnknownLanguage, map.PositionOf("lang"),
                $"language '{written}' is not a language of the site: write one of {string.Join(", ", Languages.All)}");
        else if (written is not null && suffix is not null && written != suffix)
            problems.Add(Rules.LanguageMismatch, map.PositionOf("lang"),
                $"'lang: {written}' disagrees with the file name, which says '{suffix}': remove the 'lang:' line or rename the file");
        return suffix ?? written ?? Languages.Default;
    }

    /// <summary>The line of the <c>---</c> that closes the front matter: the body belongs below it.</summary>
    internal static Position ClosingLineOf(RenderedMarkdown markdown) =>
        new(Math.Max(1, markdown.FrontMatterLine + (markdown.FrontMatterYaml?.TrimEnd('\r', '\n').Split('\n').Length ?? 0)), 1);

    private static string SlugOf(FrontMatterMap map, string nameSlug, ProblemList problems)
    {
        var explicitSlug = map.Text("slug");
        var slug = SlugText.From(explicitSlug ?? nameSlug);
        if (slug.Length == 0)
            problems.Add(Rules.BadValue, map.PositionOf("slug"), explicitSlug is null
                ? "the file name gives no usable slug: add 'slug: mein-artikel'"
                : $"slug '{explicitSlug}' has no letters or digits");
        return slug;
    }

    internal static ImageReference? ImageOf(string sourcePath, FrontMatterMap map, string key, ProblemList problems)
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

    private static GalleryImage? GalleryImageOf(string sourcePath, FrontMatterMap entry, ProblemList problems)
    {
        WarnAboutUnknownKeys(entry, GalleryKeys, problems);
        var src = entry.Text("src");
        if (src is null)
        {
            problems.Add(Rules.MissingKey, entry.Start, "gallery entry has no 'src': name the image file");
            return null;
        }

        var image = ImageOf(sourcePath, entry, "src", problems);
        var caption = entry.Text("caption");
        var credit = entry.Text("credit");
        var alt = entry.Text("alt");
        var license = entry.Text("license");
        if (caption is null)
            problems.Add(Rules.NoCaption, entry.Start, $"gallery image '{src}' has no caption");
        if (credit is null)
            problems.Add(Rules.NoCredit, entry.Start, $"gallery image '{src}' has no credit");
        if (alt is null && caption is not null)
            problems.Add(Rules.NoAlt, entry.Start, $"gallery image '{src}' has no alt text; the caption is used");
        if (license is null && entry.IsBlank("license"))
            problems.Add(Rules.BadValue, entry.PositionOf("license"),
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
