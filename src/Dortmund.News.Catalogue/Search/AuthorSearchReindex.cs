using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// Re-indexes articles that name an author whose profile changed in a sync (the profile's name is
/// searchable), inside the sync's transaction. Articles written in the same sync are indexed by the
/// sync itself and left out.
/// </summary>
internal sealed class AuthorSearchReindex(CatalogueDbContext context)
{
    private const int ChunkSize = 500;

    public async Task RunAsync(IReadOnlyCollection<string> changedAuthorSlugs, IReadOnlySet<int> writtenIds, CancellationToken cancellationToken)
    {
        var slugs = changedAuthorSlugs.Distinct().ToList();
        if (slugs.Count == 0)
            return;
        var ids = (await context.ArticleAuthors.AsNoTracking().Where(a => slugs.Contains(a.AuthorSlug)).Select(a => a.ArticleId)
            .Distinct().ToListAsync(cancellationToken)).Where(id => !writtenIds.Contains(id)).ToList();
        if (ids.Count == 0)
            return;

        var profileNames = await context.Authors.AsNoTracking().Select(a => new { a.Slug, a.Name })
            .ToDictionaryAsync(a => a.Slug, a => a.Name, StringComparer.Ordinal, cancellationToken);
        await using var delete = Command(SearchIndex.DeleteSql, "$id");
        await using var insert = Command(SearchIndex.InsertSql, "$id", "$title", "$summary", "$body", "$extra");
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            foreach (var (id, text) in await LoadAsync(chunk, profileNames, cancellationToken))
            {
                await ExecuteAsync(delete, cancellationToken, id);
                await ExecuteAsync(insert, cancellationToken, id, text.TitleSpellings, text.SummarySpellings, text.BodySpellings, text.Extra);
            }
        }
    }

    private async Task<List<(int Id, SearchText Text)>> LoadAsync(int[] ids, Dictionary<string, string> profileNames, CancellationToken cancellationToken)
    {
        var articles = await context.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Summary, a.PlainText }).ToListAsync(cancellationToken);
        var tags = (await context.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).OrderBy(t => t.Position)
            .Select(t => new { t.ArticleId, t.Tag.Name }).ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId, t => t.Name);
        var authors = (await context.ArticleAuthors.AsNoTracking().Where(a => ids.Contains(a.ArticleId)).OrderBy(a => a.Position)
            .Select(a => new { a.ArticleId, a.AuthorSlug, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => profileNames.GetValueOrDefault(a.AuthorSlug) ?? a.Name);
        var captions = (await context.GalleryImages.AsNoTracking().Where(g => ids.Contains(g.ArticleId)).OrderBy(g => g.Position)
            .Select(g => new { g.ArticleId, g.Caption }).ToListAsync(cancellationToken)).ToLookup(g => g.ArticleId, g => g.Caption);
        return articles.Select(a => (a.Id, SearchText.Of(a.Title, a.Summary, a.PlainText, tags[a.Id].Concat(authors[a.Id]).Concat(captions[a.Id]))))
            .ToList();
    }

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
