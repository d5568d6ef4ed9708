namespace Dortmund.News.Catalogue.Search;

/// <summary>A piece of a search-result snippet; <see cref="Marked"/> pieces are matched words. Pages encode the text.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Cuts the passage of an article that best shows why it matched: the first window of words holding
/// every search word, else the one holding the most different ones (then the most matches). Matching
/// is the same German folding the index uses, so a search for "foerderung" marks "Förderung". The
/// result is plain text pieces; no HTML is built here.
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
        var words = new MatchedWords(text, terms);
        var best = -1;
        var bestScore = 0;
        for (var m = 0; words.Has(m); m++)
        {
            if (words.Match(m) < 0)
                continue;
            var start = Math.Max(0, m - leadWords);
            var found = 0;
            var count = 0;
            for (var i = start; i - (long)start < windowWords && words.Has(i); i++)
            {
                if (words.Match(i) < 0)
                    continue;
                found |= 1 << words.Match(i); // a word index < SearchTerms.MaxWords, so one bit each
                count++;
            }

            var score = System.Numerics.BitOperations.PopCount((uint)found) * 1000 + count;
            if (score > bestScore)
                (best, bestScore) = (start, score);
            // The first passage holding every search word is the one shown; the rest of a long article
            // need not even be read.
            if (bestScore >= terms.Words.Count * 1000)
                break;
        }

        if (best < 0)
            return [];

        var parts = new List<SnippetPart>();
        var plain = new System.Text.StringBuilder(best > 0 ? "… " : "");
        var end = best;
        for (; end - (long)best < windowWords && words.Has(end); end++)
        {
            var (start, length) = words[end];
            if (end > best)
                plain.Append(Collapse(text[(words[end - 1].Start + words[end - 1].Length)..start]));
            if (words.Match(end) >= 0)
            {
                parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
                parts.Add(new SnippetPart(text.Substring(start, length), true));
            }
            else
                plain.Append(text, start, length);
        }

        if (words.Has(end))
            plain.Append(" …");
        parts.Add(new SnippetPart(plain.ToString(), false));
        return parts.Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>
    /// The words of a text with the search word each matches (-1: none), read only as far as asked.
    /// Articles repeat their words, so each distinct word is folded and compared once; the span lookup
    /// allocates only for new words.
    /// </summary>
    private sealed class MatchedWords(string text, SearchTerms terms)
    {
        private readonly IEnumerator<(int Start, int Length)> _reader = GermanText.Words(text).GetEnumerator();
        private readonly List<(int Start, int Length)> _words = [];
        private readonly List<int> _matches = [];
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _known =
            new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public (int Start, int Length) this[int index] => _words[index];

        public int Match(int index) => _matches[index];

        /// <summary>True when the text has a word at <paramref name="index"/>, reading on to it if needed.</summary>
        public bool Has(int index)
        {
            while (_words.Count <= index)
            {
                if (!_reader.MoveNext())
                    return false;
                var word = text.AsSpan(_reader.Current.Start, _reader.Current.Length);
                if (!_known.TryGetValue(word, out var match))
                    _known[word] = match = terms.MatchOf(word.ToString());
                _words.Add(_reader.Current);
                _matches.Add(match);
            }

            return true;
        }
    }

    // Paragraph breaks inside a one-line snippet read as a space.
    private static string Collapse(string between) => Whitespace().Replace(between, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
