using System.Data.Common;
using System.Text;
using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// The full-text index of articles: an FTS5 table keyed by article id, outside EF's model (EF has no
/// virtual tables), created with the catalogue and part of its schema fingerprint. It is contentless:
/// snippets are cut from the article row, so the text is not stored twice. Each column holds the text
/// plus the ASCII spellings of its umlaut words, so "foerderung" and "strasse" find "Förderung" and
/// "Straße"; the tokenizer folds case and diacritics, so "forderung" does too.
/// </summary>
internal static class SearchIndex
{
    /// <summary>The DDL; any change to it changes the schema fingerprint and rebuilds the catalogue.</summary>
    public const string CreateSql =
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(title, summary, body, extra, " +
        "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');";

    /// <summary>bm25 with the columns above weighted: a word in the title counts most, then summary, tags/authors/captions, body.</summary>
    public const string RankSql = "bm25(ArticleSearch, 10.0, 5.0, 1.0, 2.0)";

    /// <summary>The text as indexed: itself, then the ASCII spellings of its words with umlauts or ß.</summary>
    public static string Indexed(string text)
    {
        HashSet<string>? ascii = null;
        foreach (var (start, length) in GermanText.Words(text))
        {
            var word = text.AsSpan(start, length);
            if (word.IndexOfAny("äöüßÄÖÜẞ") >= 0)
                (ascii ??= new HashSet<string>(StringComparer.Ordinal)).Add(GermanText.Transliterate(word.ToString()));
        }

        return ascii is null ? text : new StringBuilder(text).Append('\n').AppendJoin(' ', ascii).ToString();
    }
}

/// <summary>One article as the index sees it.</summary>
internal sealed record SearchDocument(int ArticleId, string Title, string Summary, string Body, IEnumerable<string> Extra);

/// <summary>
/// Keeps the index in step with one sync, inside its transaction: rows of removed and replaced
/// articles go, written articles get new rows, and articles naming an author whose profile changed
/// are re-indexed because the author's displayed name is searchable.
/// </summary>
internal sealed class SearchIndexWriter(CatalogueDbContext context)
{
    private const int ChunkSize = 500;

    public async Task UpdateAsync(IReadOnlyCollection<int> staleIds, IReadOnlyCollection<ArticleEntry> written,
        IReadOnlyCollection<string> changedAuthorSlugs, CancellationToken cancellationToken)
    {
        var writtenIds = written.Select(a => a.Id).ToHashSet();
        var slugs = changedAuthorSlugs.Distinct().ToList();
        var byChangedAuthor = slugs.Count == 0
            ? []
            : (await context.ArticleAuthors.AsNoTracking().Where(a => slugs.Contains(a.AuthorSlug)).Select(a => a.ArticleId)
                .Distinct().ToListAsync(cancellationToken)).Where(id => !writtenIds.Contains(id)).ToList();
        if (staleIds.Count == 0 && written.Count == 0 && byChangedAuthor.Count == 0)
            return;

        var profileNames = await context.Authors.AsNoTracking().Select(a => new { a.Slug, a.Name })
            .ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);
        string AuthorName(string slug, string named) => profileNames.GetValueOrDefault(slug) ?? named;

        await using var delete = Command("DELETE FROM ArticleSearch WHERE rowid = $id", "$id");
        foreach (var id in staleIds.Concat(byChangedAuthor))
            await ExecuteAsync(delete, cancellationToken, id);

        await using var insert = Command(
            "INSERT INTO ArticleSearch(rowid, title, summary, body, extra) VALUES ($id, $title, $summary, $body, $extra)",
            "$id", "$title", "$summary", "$body", "$extra");
        foreach (var article in written)
        {
            await InsertAsync(insert, new SearchDocument(article.Id, article.Title, article.Summary, article.PlainText,
                article.Tags.Select(t => t.Tag.Name)
                    .Concat(article.Authors.Select(a => AuthorName(a.AuthorSlug, a.Name)))
                    .Concat(article.Gallery.Select(g => g.Caption))), cancellationToken);
        }

        foreach (var chunk in byChangedAuthor.Chunk(ChunkSize))
        {
            foreach (var document in await LoadAsync(chunk, AuthorName, cancellationToken))
                await InsertAsync(insert, document, cancellationToken);
        }
    }

    private async Task<List<SearchDocument>> LoadAsync(int[] ids, Func<string, string, string> authorName, CancellationToken cancellationToken)
    {
        var articles = await context.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Summary, a.PlainText }).ToListAsync(cancellationToken);
        var tags = (await context.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId))
            .Select(t => new { t.ArticleId, t.Tag.Name }).ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId, t => t.Name);
        var authors = (await context.ArticleAuthors.AsNoTracking().Where(a => ids.Contains(a.ArticleId))
            .Select(a => new { a.ArticleId, a.AuthorSlug, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => authorName(a.AuthorSlug, a.Name));
        var captions = (await context.GalleryImages.AsNoTracking().Where(g => ids.Contains(g.ArticleId))
            .Select(g => new { g.ArticleId, g.Caption }).ToListAsync(cancellationToken)).ToLookup(g => g.ArticleId, g => g.Caption);
        return articles.Select(a => new SearchDocument(a.Id, a.Title, a.Summary, a.PlainText,
            tags[a.Id].Concat(authors[a.Id]).Concat(captions[a.Id]))).ToList();
    }

    private static Task InsertAsync(DbCommand insert, SearchDocument document, CancellationToken cancellationToken) =>
        ExecuteAsync(insert, cancellationToken, document.ArticleId, SearchIndex.Indexed(document.Title),
            SearchIndex.Indexed(document.Summary), SearchIndex.Indexed(document.Body), SearchIndex.Indexed(string.Join('\n', document.Extra)));

    private DbCommand Command(string sql, params string[] parameters)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
