using System.Buffers;
using Dortmund.News.Content.Slugs;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dortmund.News.Content.Markdown;

/// <summary>
/// The one Markdig pipeline of the site. A built pipeline is immutable and thread-safe; each call
/// gets its own renderer, so this type can be shared by parallel sync workers.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline(autoLinks: true);

    // The same without bare-URL links, for text that names no scheme and no "www.": nothing there can
    // become one, and Markdig's auto-link parser stops at every h, f, m and w of the text to find that
    // out (docs/performance.md; the HTML is the same either way).
    private static readonly MarkdownPipeline PipelineWithoutAutoLinks = BuildPipeline(autoLinks: false);

    private static readonly SearchValues<string> AutoLinkStarts =
        SearchValues.Create(["http://", "https://", "ftp://", "mailto:", "tel:", "www."], StringComparison.OrdinalIgnoreCase);

    // One definition for both pipelines, so they can only ever differ in bare-URL links.
    private static MarkdownPipeline BuildPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables();
        return (autoLinks ? builder.UseAutoLinks() : builder).Build();
    }

    /// <summary>Whether <paramref name="text"/> opens a front-matter block (it may still be unclosed).</summary>
    public static bool StartsWithFrontMatter(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);

    /// <summary>
    /// Parses a Markdown file with front matter and renders its body. Throws
    /// <see cref="ArgumentException"/> when Markdig's nesting limit is exceeded (hostile input).
    /// </summary>
    public static RenderedMarkdown Render(string text)
    {
        RejectHostileNesting(text);
        var pipeline = text.AsSpan().IndexOfAny(AutoLinkStarts) >= 0 ? Pipeline : PipelineWithoutAutoLinks;
        var document = Markdig.Markdown.Parse(text, pipeline);
        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is not null)
            document.Remove(frontMatter);

        AssignHeadingIds(document);

        var html = RenderHtml(document, pipeline);
        if (NeedsSanitizing(document))
            html = HtmlSafety.Sanitize(html);
        var firstParagraph = document.OfType<ParagraphBlock>().Select(PlainTextOf).FirstOrDefault(p => p.Length > 0);

        return new RenderedMarkdown(
            frontMatter?.Lines.ToString(),
            frontMatter is null ? 0 : frontMatter.Line + 2,
            html,
            HtmlText.Of(html),
            firstParagraph,
            LinksOf(document));
    }

    /// <summary>
    /// Whether Markdig's output may carry anything unsafe: raw HTML written by the editor, a link or
    /// image whose scheme is not http(s), mailto or tel, or a table (its alignment comes as inline
    /// style, which the Content-Security-Policy forbids). Everything else Markdig escapes itself, so
    /// the sanitizer (about half of the cost of rendering) runs only where it has work to do.
    /// </summary>
    private static bool NeedsSanitizing(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var unsafeNode = node switch
            {
                HtmlBlock or HtmlInline or Markdig.Extensions.Tables.Table => true,
                LinkInline link => !HasSafeScheme(link.Url),
                AutolinkInline autolink => !HasSafeScheme(autolink.Url),
                _ => false,
            };
            if (unsafeNode)
                return true;
        }

        return false;
    }

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    // A URL without a scheme is relative. Anything before the first ':' that is not one of the safe
    // schemes counts as a scheme, including control characters a browser would strip ("\u0001javascript:").
    private static bool HasSafeScheme(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        var end = url.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || url[end] != ':')
            return true;
        var scheme = url.AsSpan(0, end);
        foreach (var safe in SafeSchemes)
        {
            if (scheme.Equals(safe, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>Deepest indentation (in columns) or block-quote depth a line may have.</summary>
    public const int MaxLineNesting = 256;

    // Markdig stops at its own depth limit, but deeply indented lists cost it superlinear time first
    // (1,400 levels: ~5 s). A line indented this far is never sensible prose, so refuse it up front.
    private static void RejectHostileNesting(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var columns = 0;
            var quotes = 0;
            foreach (var c in line)
            {
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4;
                else if (c == '>') quotes++;
                else break;
                if (columns > MaxLineNesting || quotes > MaxLineNesting)
                    throw new ArgumentException($"A line is nested deeper than {MaxLineNesting} levels.");
            }
        }
    }

    private static void AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var baseId = Slug.From(PlainTextOf(heading));
            if (baseId.Length == 0)
                baseId = "abschnitt";
            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
                id = $"{baseId}-{n}";
            heading.GetAttributes().Id = id;
        }
    }

    // A renderer of its own per call, not Markdig's pooled one (Markdown.ToHtml): a render that throws at the
    // nesting limit (images inside images) returns the pooled renderer with inline HTML switched off, and
    // every later article rendered on it lost its images and links.
    private static string RenderHtml(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string PlainTextOf(LeafBlock block)
    {
        if (block.Inline is null)
            return "";
        return string.Join("", InlineText(block.Inline)).Trim();
    }

    private static IEnumerable<string> InlineText(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: yield return literal.Content.ToString(); break;
                case CodeInline code: yield return code.Content; break;
                case LineBreakInline: yield return " "; break;
                case AutolinkInline autolink: yield return autolink.Url; break;
                case ContainerInline nested:
                    foreach (var text in InlineText(nested))
                        yield return text;
                    break;
            }
        }
    }

    private static List<BodyLink> LinksOf(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(link => !string.IsNullOrEmpty(link.Url))
            .Select(link => new BodyLink(link.Url!, link.Line + 1, link.Column + 1))
            .ToList();
}
