using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dortmund.News.Catalogue;

/// <summary>
/// Opens the catalogue file, or rebuilds it. The catalogue is derived data: when the schema of this
/// build differs from the file's (or the file is unreadable), the file is deleted and re-created,
/// and the sync refills it from content/. No migrations to keep.
/// </summary>
public sealed class CatalogueDatabase(IDbContextFactory<CatalogueDbContext> contexts, CatalogueSettings settings, ILogger<CatalogueDatabase> logger)
{
    /// <summary>
    /// Makes sure the catalogue file exists with this build's schema. Returns true when it kept the
    /// file of an earlier run that a sync filled: the site can serve it at once while a sync checks
    /// content/ for what changed meanwhile.
    /// </summary>
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(settings.DatabasePath)!);
        var found = await ReadStampsAsync(settings.ConnectionString, cancellationToken);
        // This very build checked the file before: skip computing the schema fingerprint (a quarter of a restart),
        // and EF Core's model too (another quarter), which the first queries then build while the server starts.
        if (found is { } known && known.Build == BuildStamp(known.Schema))
            return await HasSourceFilesAsync(settings.ConnectionString, cancellationToken);

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var expected = SchemaVersion(context);
        if (found?.Schema == expected)
        {
            // PRAGMA takes no parameters; the stamp is an int this code computed.
            var stamp = "PRAGMA application_id=" + Invariant(BuildStamp(expected));
            await context.Database.ExecuteSqlRawAsync(stamp, cancellationToken);
            return await context.SourceFiles.AnyAsync(cancellationToken);
        }

        // A new catalogue is the normal first start: information, not a warning.
        logger.Log(found?.Schema == 0 ? LogLevel.Information : LogLevel.Warning, "Catalogue {Path} is {State}; building it from {ContentPath}",
            settings.DatabasePath, found?.Schema switch { null => "unreadable", 0 => "new", _ => "from another schema version" }, settings.ContentPath);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(settings.DatabasePath + suffix);

        // Set before the first table: an article row (HTML and text, ~20 KB) then spans two pages instead of five,
        // which makes the cold sync's writes cheaper (docs/performance.md).
        await context.Database.OpenConnectionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(PageSizeSql, cancellationToken);
        await context.Database.EnsureCreatedAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Search.SearchIndex.CreateSql, cancellationToken);
        // PRAGMA takes no parameters; the version is an int this code computed.
        var pragmas = "PRAGMA journal_mode=WAL; PRAGMA user_version=" + Invariant(expected) + "; PRAGMA application_id=" + Invariant(BuildStamp(expected));
        await context.Database.ExecuteSqlRawAsync(pragmas, cancellationToken);
        return false;
    }

    /// <summary>The schema fingerprint (user_version) and the stamp of the build that last checked it (application_id); null when unreadable.</summary>
    private static async Task<(int Schema, int Build)?> ReadStampsAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            var schema = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
            command.CommandText = "PRAGMA application_id";
            var build = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
            return (schema, build);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>Whether a sync filled the file (SourceFiles is EF's table, Configurations/).</summary>
    private static async Task<bool> HasSourceFilesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM SourceFiles)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 1;
    }

    // This build (the catalogue assembly's module version id and EF Core's version) together with the
    // schema fingerprint it verified: a rebuilt or upgraded site computes the fingerprint again.
    private static int BuildStamp(int schema)
    {
        var text = $"{typeof(CatalogueDatabase).Assembly.ManifestModule.ModuleVersionId}|{typeof(DbContext).Assembly.GetName().Version}|{schema}";
        return Math.Max(1, BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text))) & int.MaxValue);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string PageSizeSql = "PRAGMA page_size = 16384";

    // A fingerprint of the create script (EF's, the search index's definition and the page size): any change gives a new version and a rebuild.
    private static int SchemaVersion(CatalogueDbContext context)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(context.Database.GenerateCreateScript() + Search.SearchIndex.Definition + PageSizeSql));
        return Math.Max(1, BitConverter.ToInt32(hash) & int.MaxValue);
    }
}
