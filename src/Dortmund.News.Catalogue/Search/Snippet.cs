namespace Dortmund.News.Catalogue.Search;

/// <summary>A piece of a search-result snippet; <see cref="Marked"/> pieces are matched words. Pages encode the text.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Cuts the passage of an article that best shows why it matched: the window of words holding the
/// most different search words. Matching is the same German folding the index uses, so a search
/// for "foerderung" marks "Förderung". The result is plain text pieces; no HTML is built here.
/// </summary>
internal static partial class Snippet
{
    private const int WindowWords = 32;
    private const int LeadWords = 6;

    /// <summary>The snippet of <paramref name="text"/>, or an empty list when no search word occurs in it.</summary>
    public static IReadOnlyList<SnippetPart> Of(string text, SearchTerms terms) => Of(text, terms, WindowWords, LeadWords);

    /// <summary>All of <paramref name="text"/> (a title) with its matched words marked.</summary>
    public static IReadOnlyList<SnippetPart> Marked(string text, SearchTerms terms) =>
        Of(text, terms, int.MaxValue, int.MaxValue) is { Count: > 0 } parts ? parts : [new SnippetPart(text, false)];

    private static IReadOnlyList<SnippetPart> Of(string text, SearchTerms terms, int windowWords, int leadWords)
    {
        var words = GermanText.Words(text).ToList();
        var matches = MatchesOf(text, words, terms);
        var best = -1;
        var bestScore = 0;
        for (var m = 0; m < matches.Length; m++)
        {
            if (matches[m] < 0)
                continue;
            var start = Math.Max(0, m - leadWords);
            var stop = (int)Math.Min(matches.Length, (long)start + windowWords);
            var found = 0;
            var count = 0;
            for (var i = start; i < stop; i++)
            {
                if (matches[i] < 0)
                    continue;
                found |= 1 << matches[i]; // a word index < SearchTerms.MaxWords, so one bit each
                count++;
            }

            var score = System.Numerics.BitOperations.PopCount((uint)found) * 1000 + count;
            if (score > bestScore)
                (best, bestScore) = (start, score);
        }

        if (best < 0)
            return [];

        var end = (int)Math.Min(words.Count, (long)best + windowWords) - 1;
        var parts = new List<SnippetPart>();
        var plain = new System.Text.StringBuilder(best > 0 ? "… " : "");
        for (var i = best; i <= end; i++)
        {
            var (start, length) = words[i];
            if (i > best)
                plain.Append(Collapse(text[(words[i - 1].Start + words[i - 1].Length)..start]));
            if (matches[i] >= 0)
            {
                parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
                parts.Add(new SnippetPart(text.Substring(start, length), true));
            }
            else
                plain.Append(text, start, length);
        }

        if (end < words.Count - 1)
            plain.Append(" …");
        parts.Add(new SnippetPart(plain.ToString(), false));
        return parts.Where(p => p.Text.Length > 0).ToList();
    }

    // Which search word each word of the text matches (-1: none). Articles repeat their words, so each
    // distinct word is folded and compared once; the span lookup allocates only for new words.
    private static int[] MatchesOf(string text, List<(int Start, int Length)> words, SearchTerms terms)
    {
        var matches = new int[words.Count];
        var known = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Length);
            if (!known.TryGetValue(word, out var match))
                known[word] = match = terms.MatchOf(word.ToString());
            matches[i] = match;
        }

        return matches;
    }

    // Paragraph breaks inside a one-line snippet read as a space.
    private static string Collapse(string between) => Whitespace().Replace(between, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
