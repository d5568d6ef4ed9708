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
    /// <summary>Makes sure the catalogue file exists with this build's schema.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(settings.DatabasePath)!);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var expected = SchemaVersion(context);

        var found = await ReadSchemaVersionAsync(settings.ConnectionString, cancellationToken);
        if (found == expected)
            return;

        logger.LogWarning("Catalogue {Path} is {State}; rebuilding it from content", settings.DatabasePath,
            found switch { null => "unreadable", 0 => "new", _ => "from another schema version" });
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(settings.DatabasePath + suffix);

        await context.Database.EnsureCreatedAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Search.SearchIndex.CreateSql, cancellationToken);
        // PRAGMA takes no parameters; the version is an int this code computed.
        var pragmas = "PRAGMA journal_mode=WAL; PRAGMA user_version=" + expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Database.ExecuteSqlRawAsync(pragmas, cancellationToken);
    }

    private static async Task<int?> ReadSchemaVersionAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
            return version;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    // A fingerprint of the create script (EF's and the raw search index's): any change to the model gives a new version and a rebuild.
    private static int SchemaVersion(CatalogueDbContext context)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(context.Database.GenerateCreateScript() + Search.SearchIndex.CreateSql));
        return Math.Max(1, BitConverter.ToInt32(hash) & int.MaxValue);
    }
}
