using Dortmund.News.Content.Markdown;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Text;

namespace Dortmund.News.Content.Articles;

/// <summary>
/// Keeps characters XML cannot carry out of a file's text and its rendered body, with a located
/// warning: pages, feeds and sitemaps all write what comes out of here.
/// </summary>
internal static class XmlSafeMarkdown
{
    /// <summary>The file's text with such characters replaced in place (lines and columns unchanged).</summary>
    public static string Text(string text, ProblemList problems)
    {
        var first = XmlSafeText.IndexOfInvalid(text);
        if (first < 0)
            return text;
        var clean = XmlSafeText.Clean(text, out var replaced);
        problems.Add(Rules.NotXmlText, PositionOf(text, first),
            $"{replaced} character(s) not allowed in XML replaced, the first U+{(int)text[first]:X4} here " +
            "(Word pastes U+000B for a line break): delete them");
        return clean;
    }

    /// <summary>
    /// The body with such characters replaced: a character reference such as <c>&amp;#11;</c> makes one
    /// only when Markdig renders it.
    /// </summary>
    public static RenderedMarkdown Body(RenderedMarkdown markdown, Position bodyStart, ProblemList problems)
    {
        if (XmlSafeText.IndexOfInvalid(markdown.Html) < 0 && XmlSafeText.IndexOfInvalid(markdown.PlainText) < 0
            && (markdown.FirstParagraph is null || XmlSafeText.IndexOfInvalid(markdown.FirstParagraph) < 0))
            return markdown;
        problems.Add(Rules.NotXmlText, bodyStart,
            "the text has a character reference (&#…;) to a character not allowed in XML; it was replaced: remove it");
        return markdown with
        {
            Html = XmlSafeText.Clean(markdown.Html),
            PlainText = XmlSafeText.Clean(markdown.PlainText),
            FirstParagraph = markdown.FirstParagraph is null ? null : XmlSafeText.Clean(markdown.FirstParagraph),
        };
    }

    private static Position PositionOf(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Position(before.Count('\n') + 1, index - lineStart + 1);
    }
}
