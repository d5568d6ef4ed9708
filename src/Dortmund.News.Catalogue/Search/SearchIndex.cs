using System.Text;
using Dortmund.News.Content.Text;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// The full-text index of articles: an FTS5 table keyed by article id, outside EF's model (EF has no
/// virtual tables), created with the catalogue and part of its schema fingerprint. It is contentless:
/// snippets are cut from the article row, so the text is not stored twice. Each column holds the text
/// plus the ASCII spellings of its umlaut words, so "foerderung" and "strasse" find "Förderung" and
/// "Straße"; the tokenizer folds case and diacritics, so "forderung" does too. The body column holds
/// the body's words up to <see cref="MaxBodyMentions"/> times each (see there). English articles have a table of
/// their own (<see cref="EnglishTableName"/>) whose tokenizer also stems (Porter): "delegations" finds "delegation".
/// German keeps the plain tokenizer: Porter's rules are English and would merge unrelated German words.
/// </summary>
internal static class SearchIndex
{
    /// <summary>The FTS5 table of German articles; its rowid is the article's id.</summary>
    public const string TableName = "ArticleSearch";

    /// <summary>The FTS5 table of English articles, stemmed.</summary>
    public const string EnglishTableName = "ArticleSearchEn";

    /// <summary>The DDL; any change to it changes the schema fingerprint and rebuilds the catalogue.</summary>
    public const string CreateSql =
        "CREATE VIRTUAL TABLE " + TableName + " USING fts5(title, summary, body, extra, " +
        "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');" +
        "CREATE VIRTUAL TABLE " + EnglishTableName + " USING fts5(title, summary, body, extra, " +
        "content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');";

    /// <summary>The table holding the articles in <paramref name="language"/> (German's for any but English).</summary>
    public static string TableOf(string language) => language == Languages.English ? EnglishTableName : TableName;

    /// <summary>The ids of every indexed article, of both tables.</summary>
    public const string IndexedIdsSql = "SELECT rowid FROM " + TableName + " UNION ALL SELECT rowid FROM " + EnglishTableName;

    /// <summary>Every search table: an article's row is in the one of its language.</summary>
    public static IReadOnlyList<string> Tables { get; } = [TableName, EnglishTableName];

    /// <summary>
    /// One article's row, the rowid being the article's id. A single-row VALUES insert on purpose: a
    /// statement that may write several rows (INSERT … SELECT) opens a savepoint, and FTS5 writes its
    /// pending terms to disk at every savepoint, so each article became its own index segment to be
    /// merged again and again (a tenth of a cold sync's CPU on 10,000 articles).
    /// </summary>
    public const string InsertSql =
        "INSERT INTO ArticleSearch(rowid, title, summary, body, extra) VALUES ($id, $title, $summary, $body, $extra)";

    /// <summary>The row insert into the table of <paramref name="language"/>.</summary>
    public static string InsertSqlOf(string language) => InsertSql.Replace(TableName + "(", TableOf(language) + "(", StringComparison.Ordinal);

    /// <summary>
    /// How often a body word is indexed at most. bm25's term frequency saturates (k1 = 1.2: a third
    /// mention already gives 71 % of the most a word can add), but ranking reads every indexed
    /// mention of every matching article: the cap makes broad queries rank faster and the index
    /// smaller (docs/performance.md).
    /// </summary>
    public const int MaxBodyMentions = 3;

    /// <summary>
    /// Raise it when the text indexed for an unchanged article changes (<see cref="IndexedBody"/>,
    /// <see cref="GermanText"/>'s words, <see cref="GermanSpelling"/>, the article text of HtmlText): the catalogue is then rebuilt.
    /// </summary>
    private const int IndexedTextVersion = 1;

    /// <summary>What decides the index's rows; part of the schema fingerprint, so a change rebuilds the catalogue.</summary>
    public static readonly string Definition = CreateSql + InsertSql + "MaxBodyMentions=" + MaxBodyMentions + ";text=" + IndexedTextVersion;

    public const string DeleteSql = "DELETE FROM ArticleSearch WHERE rowid = $id";

    /// <summary>The row delete from <paramref name="table"/>.</summary>
    public static string DeleteSqlOf(string table) => $"DELETE FROM {table} WHERE rowid = $id";

    /// <summary>bm25 with the columns above weighted: a word in the title counts most, then summary, tags/authors/captions, body.</summary>
    public const string RankSql = "bm25(ArticleSearch, 10.0, 5.0, 1.0, 2.0)";

    /// <summary><see cref="RankSql"/> over <paramref name="table"/>.</summary>
    public static string RankSqlOf(string table) => $"bm25({table}, 10.0, 5.0, 1.0, 2.0)";

    /// <summary>The text as indexed: itself, then the ASCII spellings of its words with umlauts or ß.</summary>
    public static string Indexed(string text) => text + AsciiSpellings(text);

    /// <summary>The body as indexed: its words, each spelling at most <see cref="MaxBodyMentions"/> times, then their ASCII spellings.</summary>
    public static string IndexedBody(string text)
    {
        // One pass: a word (a run of GermanText.IsWordChar, as GermanText.Words finds it) is hashed while it is
        // scanned and counted by its place in the text; its first mention brings its ASCII spelling when it has
        // an umlaut or ß. Scanning here rather than calling GermanText.NextWord and hashing each word after
        // saves a second pass over every word.
        var mentions = new WordMentions(text);
        var words = new StringBuilder(text.Length / 4);
        var spellings = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            if (!GermanText.IsWordChar(text[at]))
            {
                at++;
                continue;
            }

            var start = at;
            var hash = WordMentions.EmptyHash;
            do
                hash = WordMentions.Hash(hash, text[at++]);
            while (at < text.Length && GermanText.IsWordChar(text[at]));

            var count = mentions.Add(start, at - start, hash);
            if (count > MaxBodyMentions)
                continue;
            var word = text.AsSpan(start, at - start);
            words.Append(word).Append(' ');
            if (count == 1 && GermanSpelling.HasUmlaut(word))
                spellings.Add(GermanSpelling.Transliterate(word));
        }

        return words.Append(SpellingsLine(spellings)).ToString();
    }

    /// <summary>What indexing adds to <paramref name="text"/>: a line with the ASCII spellings of its umlaut words, or nothing.</summary>
    public static string AsciiSpellings(string text)
    {
        // Only the words around an umlaut need a second spelling; a vectorized search skips the rest,
        // and each distinct spelling is transliterated once (a body repeats its words many times).
        var span = text.AsSpan();
        var at = span.IndexOfAny(GermanSpelling.Umlauts);
        if (at < 0)
            return "";
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var ascii = new List<string>();
        while (at >= 0)
        {
            var (start, end) = GermanText.WordAround(text, at);
            if (seen.Add(span[start..end]))
                ascii.Add(GermanSpelling.Transliterate(span[start..end]));
            var next = span[end..].IndexOfAny(GermanSpelling.Umlauts);
            at = next < 0 ? -1 : end + next;
        }

        return SpellingsLine(ascii);
    }

    // The line indexing adds: each ASCII spelling once (two spellings of a word may give the same one), or nothing.
    private static string SpellingsLine(List<string> spellings) =>
        spellings.Count == 0 ? "" : "\n" + string.Join(' ', spellings.Distinct(StringComparer.Ordinal));
}
