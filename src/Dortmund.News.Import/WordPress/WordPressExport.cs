using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import.WordPress;

/// <summary>
/// A WordPress export (WXR): its posts with status, dates, authors, categories and tags, excerpt, featured image,
/// and old address (as an alias). Bodies stay HTML (the site's sanitizer applies). Images are imported when
/// their files lie beside the export (<c>wp-content/uploads/…</c> or <c>uploads/…</c>).
/// </summary>
public sealed partial class WordPressExport : IImportSource
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly ImportOptions _options;
    private readonly string _file;
    private readonly string _folder;
    private readonly XDocument _document;
    private readonly XNamespace _wp;
    private readonly XNamespace _excerpt;
    private readonly Dictionary<string, XElement> _attachments;
    private readonly Dictionary<ImportedPost, XElement> _items = [];

    public WordPressExport(ImportOptions options)
    {
        _options = options;
        var source = Path.GetFullPath(options.Source);
        _file = Directory.Exists(source)
            ? Directory.EnumerateFiles(source, "*.xml").Order(StringComparer.Ordinal).FirstOrDefault()
              ?? throw new ImportException($"no WordPress export (.xml) in '{options.Source}'")
            : File.Exists(source) ? source : throw new ImportException($"'{options.Source}' not found");
        _folder = Path.GetDirectoryName(_file)!;
        try
        {
            _document = XDocument.Load(_file, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ImportException($"{Path.GetFileName(_file)} is no readable XML: {e.Message}");
        }

        _wp = _document.Root?.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Name.LocalName == "wp")?.Value
              ?? throw new ImportException($"{Path.GetFileName(_file)} is no WordPress export (WXR): it declares no wp: namespace");
        _excerpt = _document.Root.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Name.LocalName == "excerpt")?.Value ?? "";
        _attachments = Items().Where(i => Text(i, _wp + "post_type") == "attachment")
            .GroupBy(i => Text(i, _wp + "post_id") ?? "").ToDictionary(g => g.Key, g => g.First());
    }

    private IEnumerable<XElement> Items() => _document.Root!.Elements("channel").Elements("item");

    public string? Host => Uri.TryCreate(_document.Root!.Element("channel")?.Element("link")?.Value.Trim(), UriKind.Absolute, out var site) ? site.Host : null;

    public SourceScan Scan()
    {
        var scan = new SourceScan([], [], []);
        var authors = _document.Root!.Elements("channel").Elements(_wp + "author")
            .Select(a => (Login: Text(a, _wp + "author_login"), Name: Text(a, _wp + "author_display_name")))
            .Where(a => a.Login is not null).GroupBy(a => a.Login!).ToDictionary(g => g.Key, g => g.First().Name ?? g.Key);
        foreach (var item in Items())
        {
            var type = Text(item, _wp + "post_type");
            var shown = $"{Path.GetFileName(_file)} item {Text(item, _wp + "post_id")} \"{Text(item, "title")}\"";
            var line = ((IXmlLineInfo)item).LineNumber;
            switch (type)
            {
                case "post":
                    Read(item, shown, line, authors, scan);
                    break;
                case "page":
                    scan.Skipped.Add(new SkippedFile(shown, line, "a page, not a post: the site has articles only"));
                    break;
                case "attachment":
                    break;
                default:
                    scan.Ignored.Add($"{shown}: WordPress {type}, no post");
                    break;
            }
        }

        return scan;
    }

    private void Read(XElement item, string shown, int line, Dictionary<string, string> authors, SourceScan scan)
    {
        var status = Text(item, _wp + "status");
        if (status == "trash")
        {
            scan.Skipped.Add(new SkippedFile(shown, line, "in WordPress's trash"));
            return;
        }

        var post = new ImportedPost(shown, null) { Line = line, BodyLine = line, Body = Text(item, Content + "encoded", trim: false) ?? "" };
        post.Title = Text(item, "title");
        post.Draft = status is "draft" or "pending" or "private" or "auto-draft";
        if (status == "private")
            post.Warn(line, "private in WordPress: imported as a draft, which the site never publishes");
        post.Date = DateOf(item);
        var login = Text(item, Dc + "creator");
        if (login is not null)
            post.Authors.AddRange(AuthorNames.Split([authors.GetValueOrDefault(login, login)]));
        var categories = item.Elements("category").Where(c => (string?)c.Attribute("domain") == "category").Select(c => c.Value.Trim()).ToList();
        FrontMatterMapping.MapCategories(post, categories, line);
        post.AddTags(item.Elements("category").Where(c => (string?)c.Attribute("domain") == "post_tag").Select(c => c.Value));
        if (Text(item, _excerpt + "encoded") is { } excerpt)
            post.Summary = WebUtility.HtmlDecode(Regex.Replace(excerpt, "<[^>]+>", "")).Trim() is { Length: > 0 } plain ? plain : null;

        var name = Uri.UnescapeDataString(Text(item, _wp + "post_name") ?? "");
        post.Slug = SlugText.From(name) is { Length: > 0 } s ? s : SlugText.From(post.Title ?? "");
        if (Text(item, "link") is { } link && Uri.TryCreate(link, UriKind.Absolute, out var old) && !old.AbsolutePath.Equals("/", StringComparison.Ordinal)
            && old.Query.Length == 0)
        {
            post.AddAlias(Uri.UnescapeDataString(old.AbsolutePath));
            foreach (var oldSlug in Meta(item, "_wp_old_slug"))
                post.AddAlias(Uri.UnescapeDataString(old.AbsolutePath).TrimEnd('/').Replace(name, Uri.UnescapeDataString(oldSlug)) + "/");
        }

        if (item.Elements(_wp + "comment").Count() is var comments and > 0)
            post.Warn(line, $"{comments} comment(s) not imported: the site has no comments");
        if (SourceReading.Refusal(post, null) is { } reason)
        {
            scan.Skipped.Add(new SkippedFile(shown, line, reason));
            return;
        }

        if (post.Slug.Length == 0)
        {
            scan.Skipped.Add(new SkippedFile(shown, line, "no usable slug: neither the post name nor the title has letters or digits"));
            return;
        }

        post.Keys.Add(name);
        post.Keys.Add(Text(item, _wp + "post_id") ?? "");
        _items[post] = item;
        scan.Posts.Add(post);
    }

    public void RewriteBody(ImportedPost post, PostIndex index)
    {
        var item = _items[post];
        if (Meta(item, "_thumbnail_id").FirstOrDefault() is { } thumbnail && Attachment(post, thumbnail) is { } featured)
            post.Lead = featured;
        var body = Caption().Replace(post.Body, match =>
        {
            // [caption]<img …> Text[/caption]: the text is the image's caption.
            var inner = match.Groups["inner"].Value;
            var img = Regex.Match(inner, "<img\\b[^>]*>", RegexOptions.IgnoreCase);
            var caption = WebUtility.HtmlDecode(Regex.Replace(inner[(img.Success ? img.Index + img.Length : 0)..], "<[^>]+>", "")).Trim();
            if (img.Success && ImageSource().Match(img.Value) is { Success: true } src && ResolveFile(src.Groups["url"].Value) is { } file)
                post.ImageFrom(file).Caption ??= caption.Length > 0 ? caption : null;
            return img.Success ? img.Value : inner;
        });
        body = Shortcode().Replace(body, match =>
        {
            post.Warn(BodyImages.LineOf(post, body, match.Index), $"WordPress shortcode '{match.Groups["name"].Value}' has no equivalent here; kept as text in the article: {match.Value}");
            return "<code>" + WebUtility.HtmlEncode(match.Value) + "</code>";
        });
        post.Body = BodyImages.Rewrite(post, body, ResolveFile, _options);
        foreach (var attached in _attachments.Values.Where(a => Text(a, _wp + "post_parent") == Text(item, _wp + "post_id")))
        {
            // Uploaded to this post but not shown in it: carried over beside the article, not shown.
            if (ResolveFile(Text(attached, _wp + "attachment_url") ?? "") is { } file && post.Images.All(i => i.SourceFile != file))
                post.ImageFrom(file);
        }
    }

    private ImportedImage? Attachment(ImportedPost post, string id)
    {
        if (!_attachments.TryGetValue(id, out var attachment) || Text(attachment, _wp + "attachment_url") is not { } url)
            return null;
        if (ResolveFile(url) is not { } file)
        {
            post.Warn(post.Line, $"featured image '{url}' not found beside the export (wp-content/uploads/…); not imported");
            return null;
        }

        var image = post.ImageFrom(file);
        image.InGallery = true;
        image.Caption ??= Text(attachment, _excerpt + "encoded") ?? Text(attachment, "title");
        image.Alt ??= Meta(attachment, "_wp_attachment_image_alt").FirstOrDefault();
        return image;
    }

    private DateTimeOffset? ParseLocal(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? new DateTimeOffset(d, TimeSpan.Zero) : null;

    /// <summary>The post's local date with the offset WordPress knew (local minus GMT); local only when the GMT date is unset (drafts).</summary>
    private SourceDate? DateOf(XElement item)
    {
        var local = ParseLocal(Text(item, _wp + "post_date"));
        var gmt = ParseLocal(Text(item, _wp + "post_date_gmt"));
        if (local is null)
            return SourceDate.Parse(Text(item, "pubDate"));
        if (gmt is null)
            return SourceDate.Parse(local.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        return SourceDate.From(new DateTimeOffset(local.Value.DateTime, local.Value - gmt.Value));
    }

    /// <summary>An upload's URL as a file beside the export: <c>wp-content/uploads/…</c>, <c>uploads/…</c>, or the path after uploads/.</summary>
    private string? ResolveFile(string reference)
    {
        var path = SourceFiles.PathOf(reference);
        var at = path.IndexOf("/uploads/", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = path[(at + "/uploads/".Length)..];
        return SourceFiles.FirstImage(_folder, Path.Combine(_folder, "wp-content", "uploads", rest), Path.Combine(_folder, "uploads", rest),
            Path.Combine(_folder, rest));
    }

    private IEnumerable<string> Meta(XElement item, string key) =>
        item.Elements(_wp + "postmeta").Where(m => Text(m, _wp + "meta_key") == key).Select(m => Text(m, _wp + "meta_value")).OfType<string>();

    private static string? Text(XElement parent, XName name, bool trim = true) =>
        parent.Element(name)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? (trim ? value.Trim() : value) : null;

    [GeneratedRegex(@"\[caption[^\]]*\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\[(?<name>gallery|embed|video|audio|playlist|contact-form(?:-\d+)?|[a-z]+_[a-z_]+)\b[^\]]*\](?:.*?\[/\k<name>\])?", RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    [GeneratedRegex("""\bsrc\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();
}
