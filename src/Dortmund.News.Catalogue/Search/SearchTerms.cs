using Dortmund.News.Content.Text;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// What a visitor typed, as plain words: quotes, operators, parentheses and emoji are never FTS
/// syntax. Each word becomes a quoted FTS string (with its ASCII spelling as an alternative), all
/// words must match, and the last one also matches as a prefix, so "Delegat" finds "Delegation".
/// </summary>
public sealed class SearchTerms
{
    /// <summary>More words than this add nothing a visitor needs, and only cost time.</summary>
    public const int MaxWords = 8;

    /// <summary>Longer "words" are cut: no German word in the catalogue is longer.</summary>
    public const int MaxWordLength = 48;

    // Prefix matching of one- or two-letter stems would match nearly every article and rank nothing.
    private const int MinPrefixLength = 3;

    private readonly (string Stripped, string Ascii)[] _forms;

    private SearchTerms(IReadOnlyList<string> words)
    {
        Words = words;
        _forms = words.Select(w => (GermanSpelling.WithoutDiacritics(w), GermanSpelling.Transliterate(w))).ToArray();
    }

    /// <summary>The words searched for, in the visitor's order, without repeats.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    private bool LastIsPrefix => Words.Count > 0 && Words[^1].Length >= MinPrefixLength;

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new SearchTerms([]);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, length) in GermanText.Words(text))
        {
            var word = text.Substring(start, Math.Min(length, MaxWordLength));
            // A run of combining marks alone is no word: the tokenizer would drop it entirely.
            if (!word.Any(char.IsLetterOrDigit) || !seen.Add(GermanSpelling.Transliterate(word)))
                continue;
            words.Add(word);
            if (words.Count == MaxWords)
                break;
        }

        return new SearchTerms(words);
    }

    /// <summary>The FTS5 MATCH expression: <c>("förderung" OR "foerderung") AND "delegat" *</c>.</summary>
    internal string ToMatchExpression()
    {
        var parts = new List<string>(Words.Count);
        for (var i = 0; i < Words.Count; i++)
        {
            var prefix = i == Words.Count - 1 && LastIsPrefix ? " *" : "";
            var forms = FormsOf(Words[i]).Select(f => Quote(f) + prefix).ToList();
            parts.Add(forms.Count == 1 ? forms[0] : "(" + string.Join(" OR ", forms) + ")");
        }

        // An explicit AND: FTS5 reads juxtaposed phrases as AND, but not a phrase next to a parenthesised
        // group ("hafen" ("förderung" OR "foerderung") is a syntax error).
        return string.Join(" AND ", parts);
    }

    /// <summary>Which of the words (by index) <paramref name="textWord"/> matches, or -1; used to mark snippets.</summary>
    internal int MatchOf(string textWord)
    {
        var stripped = GermanSpelling.WithoutDiacritics(textWord);
        var ascii = GermanSpelling.Transliterate(textWord);
        for (var i = 0; i < Words.Count; i++)
        {
            var prefix = i == Words.Count - 1 && LastIsPrefix;
            foreach (var form in (string[])[_forms[i].Stripped, _forms[i].Ascii])
            {
                if (prefix
                        ? stripped.StartsWith(form, StringComparison.Ordinal) || ascii.StartsWith(form, StringComparison.Ordinal)
                        : stripped == form || ascii == form)
                    return i;
            }
        }

        return -1;
    }

    // The word as typed (the tokenizer folds case and diacritics), and its ASCII spelling when it has umlauts or ß.
    private static IEnumerable<string> FormsOf(string word) =>
        GermanSpelling.HasUmlaut(word) ? [word.ToLowerInvariant(), GermanSpelling.Transliterate(word)] : [word.ToLowerInvariant()];

    // An FTS5 string: double quotes, inner quotes doubled. Words hold only letters and digits, but be sure.
    private static string Quote(string form) => "\"" + form.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
