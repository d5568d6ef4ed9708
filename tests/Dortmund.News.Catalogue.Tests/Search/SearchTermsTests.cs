using Dortmund.News.Catalogue.Search;
using Microsoft.Data.Sqlite;

namespace Dortmund.News.Catalogue.Tests.Search;

/// <summary>
/// Whatever a visitor types becomes a match expression the index answers, never an FTS error: checked
/// against the real index definition for every character a word can hold.
/// </summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void A_word_with_any_character_inside_is_a_query_the_index_answers()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, SearchIndex.CreateSql);
        Execute(connection, "INSERT INTO ArticleSearch(rowid, title, summary, body, extra) VALUES (1, 'Hafen', '', '', '')");
        var queries = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => !char.IsSurrogate(c))
            .Select(c => (Char: c, Match: SearchTerms.Parse($"x{c}x").ToMatchExpression()))
            .ToList();

        var failures = new List<string>();
        foreach (var chunk in queries.Chunk(1000))
        {
            // One query per thousand characters; only a failing thousand is asked character by character.
            if (Answers(connection, string.Join(" OR ", chunk.Select(q => $"({q.Match})"))))
                continue;
            failures.AddRange(chunk.Where(q => !Answers(connection, q.Match)).Select(q => $"U+{(int)q.Char:X4} {q.Match}"));
        }

        Assert.Equal(0x10000 - 0x800, queries.Count);
        Assert.Empty(failures);
    }

    private static bool Answers(SqliteConnection connection, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        try
        {
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
