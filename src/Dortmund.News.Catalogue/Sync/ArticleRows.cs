using System.Globalization;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Content.Articles;
using Microsoft.Data.Sqlite;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// The bulk path of the sync: prepared INSERT/DELETE commands on the context's own connection and
/// transaction, with keys assigned here. EF Core's change tracker spends ~20 s on 10,000 articles
/// with their children; these commands take about one. The model and every query stay EF Core;
/// the column names below are EF's (see the entity configurations).
/// </summary>
internal sealed class ArticleRows : IDisposable
{
    // EF Core's SQLite text format for DateTime, so EF's comparisons and ordering see the same values.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags;
    private readonly Dictionary<string, int> _categories;
    private int _nextArticleId;
    private int _nextTagId;
    private int _nextCategoryId;

    private ArticleRows(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, int> tags, Dictionary<string, int> categories)
    {
        _connection = connection;
        _transaction = transaction;
        _tags = tags;
        _categories = categories;
    }

    public static async Task<ArticleRows> OpenAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new ArticleRows(connection, transaction,
            await ReadKeysAsync(connection, transaction, "SELECT Slug, Id FROM Tags", cancellationToken),
            await ReadKeysAsync(connection, transaction, "SELECT Slug, Id FROM Categories", cancellationToken));
        rows._nextArticleId = await rows.NextIdAsync("Articles", cancellationToken);
        rows._nextTagId = await rows.NextIdAsync("Tags", cancellationToken);
        rows._nextCategoryId = await rows.NextIdAsync("Categories", cancellationToken);
        return rows;
    }

    public void DeleteArticle(int id) =>
        Run("DELETE FROM Articles WHERE Id = $id", ("$id", id));

    /// <summary>Writes an article with its authors, tags, gallery and aliases; returns its key.</summary>
    public int InsertArticle(string path, string hash, Article article, IReadOnlyList<(string Path, bool FromSlugChange)> aliases,
        IReadOnlyDictionary<string, (int Width, int Height)?> images)
    {
        var id = _nextArticleId++;
        var lead = article.LeadImage is { } l ? images.GetValueOrDefault(l.Path) : null;
        Run("""
            INSERT INTO Articles (Id, Slug, Title, PublishedUtc, ModifiedUtc, ExpiresUtc, Draft, Summary, Html, PlainText, Language,
                                  CategoryId, LeadImagePath, LeadImageWidth, LeadImageHeight, SourcePath, ContentHash)
            VALUES ($id, $slug, $title, $published, $modified, $expires, $draft, $summary, $html, $text, $language,
                    $category, $lead, $leadWidth, $leadHeight, $path, $hash)
            """,
            ("$id", id), ("$slug", article.Slug), ("$title", article.Title),
            ("$published", Date(article.Date.UtcDateTime)), ("$modified", Date(article.LastModified?.UtcDateTime)),
            ("$expires", Date(article.Expires?.UtcDateTime)), ("$draft", article.Draft ? 1 : 0), ("$summary", article.Summary),
            ("$html", article.Html), ("$text", article.PlainText), ("$language", article.Language),
            ("$category", article.Category is { } category ? CategoryId(category) : null),
            ("$lead", article.LeadImage?.Path), ("$leadWidth", lead?.Width), ("$leadHeight", lead?.Height),
            ("$path", path), ("$hash", hash));

        for (var i = 0; i < article.Authors.Count; i++)
            Run("INSERT INTO ArticleAuthors (ArticleId, Position, AuthorSlug, Name) VALUES ($id, $position, $slug, $name)",
                ("$id", id), ("$position", i), ("$slug", article.Authors[i].Slug), ("$name", article.Authors[i].Name));

        var tagIds = new HashSet<int>();
        for (var i = 0; i < article.Tags.Count; i++)
        {
            var tagId = TagId(article.Tags[i]);
            if (tagIds.Add(tagId))
                Run("INSERT INTO ArticleTags (ArticleId, TagId, Position) VALUES ($id, $tag, $position)", ("$id", id), ("$tag", tagId), ("$position", i));
        }

        for (var i = 0; i < article.Gallery.Count; i++)
        {
            var image = article.Gallery[i];
            var size = images.GetValueOrDefault(image.Image.Path);
            Run("""
                INSERT INTO GalleryImages (ArticleId, Position, Path, Caption, Credit, Alt, Width, Height)
                VALUES ($id, $position, $path, $caption, $credit, $alt, $width, $height)
                """,
                ("$id", id), ("$position", i), ("$path", image.Image.Path), ("$caption", image.Caption), ("$credit", image.Credit),
                ("$alt", image.Alt), ("$width", size?.Width ?? 0), ("$height", size?.Height ?? 0));
        }

        foreach (var (alias, fromSlugChange) in aliases)
        {
            // An old URL this sync carried for another article, now claimed by this one's editor.
            if (!fromSlugChange)
                Run("DELETE FROM Aliases WHERE Path = $path AND FromSlugChange = 1", ("$path", alias));
            Run("INSERT INTO Aliases (Path, ArticleId, FromSlugChange) VALUES ($path, $id, $history)",
                ("$path", alias), ("$id", id), ("$history", fromSlugChange ? 1 : 0));
        }

        return id;
    }

    public void WriteSourceFile(SourceFileEntry file) =>
        Run("INSERT OR REPLACE INTO SourceFiles (Path, Length, LastWriteTicks, Hash, Width, Height) VALUES ($path, $length, $ticks, $hash, $width, $height)",
            ("$path", file.Path), ("$length", file.Length), ("$ticks", file.LastWriteTicks), ("$hash", file.Hash),
            ("$width", file.Width), ("$height", file.Height));

    public void DeleteSourceFile(string path) => Run("DELETE FROM SourceFiles WHERE Path = $path", ("$path", path));

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
    }

    private int TagId(string name)
    {
        var slug = Content.Slugs.Slug.From(name);
        if (!_tags.TryGetValue(slug, out var id))
        {
            id = _tags[slug] = _nextTagId++;
            Run("INSERT INTO Tags (Id, Slug, Name) VALUES ($id, $slug, $name)", ("$id", id), ("$slug", slug), ("$name", name));
        }

        return id;
    }

    private int? CategoryId(string name)
    {
        var slug = Content.Slugs.Slug.From(name);
        if (slug.Length == 0)
            return null;
        if (!_categories.TryGetValue(slug, out var id))
        {
            id = _categories[slug] = _nextCategoryId++;
            Run("INSERT INTO Categories (Id, Slug, Name) VALUES ($id, $slug, $name)", ("$id", id), ("$slug", slug), ("$name", name));
        }

        return id;
    }

    private static string? Date(DateTime? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="sql"/>, prepared once per writer and reused with new parameter values.</summary>
    private void Run(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            _commands[sql] = command;
        }

        for (var i = 0; i < parameters.Length; i++)
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private async Task<int> NextIdAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        // Above every key ever used, as AUTOINCREMENT guarantees for EF's own inserts.
        command.CommandText = $"SELECT max(coalesce((SELECT max(Id) FROM {table}), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0)) + 1";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, int>> ReadKeysAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            keys[reader.GetString(0)] = reader.GetInt32(1);
        return keys;
    }
}
