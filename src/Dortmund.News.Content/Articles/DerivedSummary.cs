namespace Dortmund.News.Content.Articles;

/// <summary>
/// The summary of an article that has none: its first paragraph, cut at a word boundary near
/// <see cref="MaxLength"/> characters, because real posts open with paragraphs of 1,000 words and
/// listings show the summary whole.
/// </summary>
public static class DerivedSummary
{
    /// <summary>About how long a derived summary may be, "…" included.</summary>
    public const int MaxLength = 300;

    /// <summary>The paragraph itself when short enough, else its words up to the limit followed by "…".</summary>
    public static string From(string? firstParagraph)
    {
        var text = firstParagraph?.Trim() ?? "";
        if (text.Length <= MaxLength)
            return text;

        var cut = text.AsSpan(0, MaxLength);
        var lastSpace = cut.LastIndexOfAny(' ', '\n', '\t');
        // A single word longer than the limit (a URL) is cut inside it rather than kept whole.
        var words = lastSpace > MaxLength / 2 ? cut[..lastSpace] : cut[..(MaxLength - 1)];
        words = words.TrimEnd().TrimEnd(",;:-–—".AsSpan()).TrimEnd();
        if (words.Length > 0 && char.IsHighSurrogate(words[^1]))
            words = words[..^1];
        return string.Concat(words, "…");
    }
}
