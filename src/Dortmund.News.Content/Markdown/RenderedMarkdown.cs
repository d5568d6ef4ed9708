namespace Dortmund.News.Content.Markdown;

/// <summary>A Markdown file split into its front matter and its rendered, sanitized body.</summary>
/// <param name="FrontMatterYaml">The YAML between the <c>---</c> lines, or null when there is none.</param>
/// <param name="FrontMatterLine">1-based file line of the first YAML line.</param>
/// <param name="Html">The body as sanitized HTML.</param>
/// <param name="PlainText">The text of <paramref name="Html"/> (<see cref="HtmlText"/>), for search and its snippets.</param>
/// <param name="FirstParagraph">Plain text of the first paragraph, or null.</param>
/// <param name="Links">Every link target in the body with its position, for link checks.</param>
public sealed record RenderedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    string Html,
    string PlainText,
    string? FirstParagraph,
    IReadOnlyList<BodyLink> Links);

/// <summary>A link target in the body and where it is written.</summary>
public sealed record BodyLink(string Url, int Line, int Column);
