using System.Globalization;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// The bulk write path of the sync: prepared commands on the context's own connection and
/// transaction, keys assigned here. EF Core's change tracker took ~20 s for 10,000 articles with
/// their children; these commands take about one (see docs/performance.md). The model, the schema
/// and every query stay EF Core: the table and column names below are EF's (Configurations/).
/// </summary>
internal sealed class CatalogueRows : IDisposable
{
    // EF Core's SQLite text format for DateTime, so EF's comparisons and ordering see the same values.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private Dictionary<string, int> _tags = null!;
    private Dictionary<string, int> _categories = null!;
    private int _nextArticleId;
    private int _nextTagId;
    private int _nextCategoryId;

    private CatalogueRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Rows written on <paramref name="context"/>'s open connection, inside <paramref name="transaction"/>.</summary>
    public static CatalogueRows Open(CatalogueDbContext context, IDbContextTransaction transaction)
    {
        var rows = new CatalogueRows((SqliteConnection)context.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction());
        rows._tags = rows.ReadKeys("SELECT Language || '/' || Slug, Id FROM Tags");
        rows._categories = rows.ReadKeys("SELECT Language || '/' || Slug, Id FROM Categories");
        rows._nextArticleId = rows.NextId("Articles");
        rows._nextTagId = rows.NextId("Tags");
        rows._nextCategoryId = rows.NextId("Categories");
        return rows;
    }

    /// <summary>Deletes an article with its children (by cascade) and its search row.</summary>
    public void DeleteArticle(int id)
    {
        Run("DELETE FROM Articles WHERE Id = $id", ("$id", id));
        DeleteSearchRows(id);
    }

    /// <summary>Writes an article with its authors, contacts, tags, gallery, aliases and search row; returns its key.</summary>
    public int InsertArticle(ParsedFile file, IEnumerable<RowAlias> aliases, ImageSizes images)
    {
        var article = file.Article!;
        var id = _nextArticleId++;
        var lead = article.LeadImage is { } l ? images.SizeOf(l.Path) : null;
        Run("""
            INSERT INTO Articles (Id, Slug, Title, PublishedUtc, PublishedMonth, ModifiedUtc, ExpiresUtc, Draft, Featured, Summary, Html,
                                  Language, TranslationGroup, Translator, CategoryId, LeadImagePath, LeadImageWidth, LeadImageHeight, SourcePath, ContentHash)
            VALUES ($id, $slug, $title, $published, $month, $modified, $expires, $draft, $featured, $summary, $html,
                    $language, $group, $translator, $category, $lead, $leadWidth, $leadHeight, $path, $hash)
            """,
            ("$id", id), ("$slug", article.Slug), ("$title", article.Title),
            ("$published", Date(article.Date.UtcDateTime)), ("$month", ArchiveMonth.Of(article.Date)),
            ("$modified", Date(article.LastModified?.UtcDateTime)), ("$expires", Date(article.Expires?.UtcDateTime)),
            ("$draft", article.Draft ? 1 : 0), ("$featured", article.Featured ? 1 : 0), ("$summary", article.Summary), ("$html", article.Html),
            ("$language", article.Language), ("$group", article.TranslationGroup), ("$translator", article.Translator),
            ("$category", article.Category is { } category ? CategoryId(article.Language, category) : null),
            ("$lead", article.LeadImage?.Path), ("$leadWidth", lead?.Width), ("$leadHeight", lead?.Height),
            ("$path", file.Path), ("$hash", file.Hash));

        for (var i = 0; i < article.Authors.Count; i++)
        {
            Run("INSERT INTO ArticleAuthors (ArticleId, Position, AuthorSlug, Name) VALUES ($id, $position, $slug, $name)",
                ("$id", id), ("$position", i), ("$slug", article.Authors[i].Slug), ("$name", article.Authors[i].Name));
        }

        for (var i = 0; i < article.Contacts.Count; i++)
        {
            Run("INSERT INTO ArticleContacts (ArticleId, Position, ContactSlug) VALUES ($id, $position, $slug)",
                ("$id", id), ("$position", i), ("$slug", article.Contacts[i].Slug));
        }

        var tagIds = new HashSet<int>();
        for (var i = 0; i < article.Tags.Count; i++)
        {
            var tagId = TagId(article.Language, article.Tags[i]);
            if (tagIds.Add(tagId))
                Run("INSERT INTO ArticleTags (ArticleId, TagId, Position) VALUES ($id, $tag, $position)", ("$id", id), ("$tag", tagId), ("$position", i));
        }

        for (var i = 0; i < article.Gallery.Count; i++)
        {
            var image = article.Gallery[i];
            var size = images.SizeOf(image.Image.Path);
            Run("""
                INSERT INTO GalleryImages (ArticleId, Position, Path, Caption, Credit, Alt, License, Width, Height)
                VALUES ($id, $position, $path, $caption, $credit, $alt, $license, $width, $height)
                """,
                ("$id", id), ("$position", i), ("$path", image.Image.Path), ("$caption", image.Caption), ("$credit", image.Credit),
                ("$alt", image.Alt), ("$license", image.License), ("$width", size?.Width ?? 0), ("$height", size?.Height ?? 0));
        }

        if (article.Event is { } happening)
        {
            Run("""
                INSERT INTO ArticleEvents (ArticleId, StartUtc, StartOffsetMinutes, EndUtc, EndOffsetMinutes, UntilUtc, Location, Address)
                VALUES ($id, $start, $startOffset, $end, $endOffset, $until, $location, $address)
                """,
                ("$id", id), ("$start", Date(happening.Start.UtcDateTime)), ("$startOffset", (int)happening.Start.Offset.TotalMinutes),
                ("$end", Date(happening.End?.UtcDateTime)), ("$endOffset", happening.End is { } end ? (int)end.Offset.TotalMinutes : null),
                ("$until", Date(happening.Until.UtcDateTime)), ("$location", happening.Location), ("$address", happening.Address));
        }

        for (var i = 0; i < article.Attachments.Count; i++)
        {
            var attachment = article.Attachments[i];
            Run("""
                INSERT INTO ArticleAttachments (ArticleId, Position, Path, FileName, Title, Length)
                VALUES ($id, $position, $path, $name, $title, $length)
                """,
                ("$id", id), ("$position", i), ("$path", attachment.Path), ("$name", attachment.FileName), ("$title", attachment.Title),
                ("$length", file.AttachmentLengths.GetValueOrDefault(attachment.Path)));
        }

        foreach (var (alias, fromSlugChange) in aliases)
        {
            if (fromSlugChange)
            {
                // An old URL is kept as a redirect only while nobody else uses it.
                Run("INSERT OR IGNORE INTO Aliases (Path, ArticleId, FromSlugChange) VALUES ($path, $id, 1)", ("$path", alias), ("$id", id));
                continue;
            }

            // An editor's alias takes over an old URL that was only kept as a redirect for another article.
            Run("DELETE FROM Aliases WHERE Path = $path AND FromSlugChange = 1", ("$path", alias));
            Run("INSERT INTO Aliases (Path, ArticleId, FromSlugChange) VALUES ($path, $id, 0)", ("$path", alias), ("$id", id));
        }

        // Without one, the search row follows after the sync (a sync of many files: ContentSync.SearchIndexIncomplete).
        if (file.Search is { } search)
            InsertSearchRow(id, search);
        return id;
    }

    /// <summary>True when any row is a translation or names a translation key: only then can a translation rule fail.</summary>
    public bool HasTranslations() =>
        Convert.ToInt64(Scalar($"SELECT EXISTS (SELECT 1 FROM Articles WHERE Language <> '{Content.Translations.Languages.Default}' OR TranslationGroup LIKE 'key:%')"),
            CultureInfo.InvariantCulture) == 1;

    /// <summary>The rows of these translation groups, and those of these source files.</summary>
    public List<GroupRow> GroupRows(IEnumerable<string> groups, IEnumerable<string> paths)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = """
            SELECT Id, Slug, SourcePath, Language, TranslationGroup FROM Articles
            WHERE TranslationGroup IN (SELECT value FROM json_each($groups)) OR SourcePath IN (SELECT value FROM json_each($paths))
            """;
        command.Parameters.AddWithValue("$groups", System.Text.Json.JsonSerializer.Serialize(groups));
        command.Parameters.AddWithValue("$paths", System.Text.Json.JsonSerializer.Serialize(paths));
        var rows = new List<GroupRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new GroupRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        return rows;
    }

    /// <summary>Indexes an article again (its authors' profile names changed), or for the first time.</summary>
    public void ReplaceSearchRow(int id, SearchText search)
    {
        DeleteSearchRows(id);
        InsertSearchRow(id, search);
    }

    // From every language's table: the row is in one of them (a changed lang: moves it).
    private void DeleteSearchRows(int id)
    {
        foreach (var table in SearchIndex.Tables)
            Run(SearchIndex.DeleteSqlOf(table), ("$id", id));
    }

    /// <summary>Indexes an article that has no search row yet.</summary>
    public void InsertSearchRow(int id, SearchText search) =>
        Run(SearchIndex.InsertSqlOf(search.Language), ("$id", id), ("$title", search.Title), ("$summary", search.Summary),
            ("$body", search.Body), ("$extra", search.Extra));

    public void WriteSourceFile(SourceFileEntry file) =>
        Run("INSERT OR REPLACE INTO SourceFiles (Path, Length, LastWriteTicks, Hash, Width, Height) VALUES ($path, $length, $ticks, $hash, $width, $height)",
            ("$path", file.Path), ("$length", file.Length), ("$ticks", file.LastWriteTicks), ("$hash", file.Hash),
            ("$width", file.Width), ("$height", file.Height));

    public void DeleteSourceFile(string path) => Run("DELETE FROM SourceFiles WHERE Path = $path", ("$path", path));

    /// <summary>Replaces what the catalogue knows is wrong with the file at <paramref name="path"/>.</summary>
    public void ReplaceProblems(string path, IEnumerable<ContentProblem> problems)
    {
        Run("DELETE FROM Problems WHERE Path = $path", ("$path", path));
        foreach (var problem in problems)
        {
            Run("INSERT INTO Problems (Path, Line, \"Column\", Severity, Code, Message) VALUES ($path, $line, $column, $severity, $code, $message)",
                ("$path", problem.Path), ("$line", problem.Line), ("$column", problem.Column), ("$severity", (int)problem.Severity),
                ("$code", problem.Code), ("$message", problem.Message));
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
    }

    // Tags and categories are per language: an English article's "Delegation" is another page than the German one.
    private int TagId(string language, string name)
    {
        var slug = SlugText.From(name);
        if (!_tags.TryGetValue(language + "/" + slug, out var id))
        {
            id = _tags[language + "/" + slug] = _nextTagId++;
            Run("INSERT INTO Tags (Id, Slug, Language, Name) VALUES ($id, $slug, $language, $name)",
                ("$id", id), ("$slug", slug), ("$language", language), ("$name", name));
        }

        return id;
    }

    private int? CategoryId(string language, string name)
    {
        var slug = SlugText.From(name);
        if (slug.Length == 0)
            return null;
        if (!_categories.TryGetValue(language + "/" + slug, out var id))
        {
            id = _categories[language + "/" + slug] = _nextCategoryId++;
            Run("INSERT INTO Categories (Id, Slug, Language, Name) VALUES ($id, $slug, $language, $name)",
                ("$id", id), ("$slug", slug), ("$language", language), ("$name", name));
        }

        return id;
    }

    private static string? Date(DateTime? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="sql"/>, prepared once per sync and reused with new parameter values.</summary>
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

    // Above every key ever used, as AUTOINCREMENT guarantees for EF's own inserts.
    private int NextId(string table) => Convert.ToInt32(Scalar(
        $"SELECT max(coalesce((SELECT max(Id) FROM {table}), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0)) + 1"),
        CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private Dictionary<string, int> ReadKeys(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys[reader.GetString(0)] = reader.GetInt32(1);
        return keys;
    }
}
