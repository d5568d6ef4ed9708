using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Dortmund.News.Catalogue;

/// <summary>Where the content lives and where its catalogue is kept, resolved to absolute paths.</summary>
/// <param name="ContentPath">Absolute path of the content folder.</param>
/// <param name="ConnectionString">SQLite connection string with an absolute data source.</param>
public sealed record CatalogueSettings(string ContentPath, string ConnectionString)
{
    public const string ContentPathKey = "Content:Path";
    public const string ConnectionStringName = "Catalogue";

    /// <summary>The catalogue file on disk.</summary>
    public string DatabasePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>Where the resized image variants are kept: beside the catalogue file, derived data like it.</summary>
    public string ImageVariantsPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "bilder");

    /// <summary>Reads <c>Content:Path</c> and <c>ConnectionStrings:Catalogue</c>; relative paths are relative to the app's content root.</summary>
    public static CatalogueSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var contentPath = configuration[ContentPathKey]
            ?? throw new InvalidOperationException($"Set '{ContentPathKey}' to the content folder.");
        var connection = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName)
            ?? "Data Source=data/catalogue.db");
        connection.DataSource = Path.GetFullPath(connection.DataSource, environment.ContentRootPath);
        return new CatalogueSettings(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath, environment.ContentRootPath)),
            connection.ToString());
    }

    /// <summary>For a content folder and a catalogue file named directly (tests, benchmarks); relative paths are relative to the current directory.</summary>
    public static CatalogueSettings For(string contentPath, string databasePath) => new(
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath)),
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString());
}
