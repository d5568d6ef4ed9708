using System.Text;
using Dortmund.News.Catalogue;

namespace Dortmund.News.Testing;

/// <summary>
/// A content folder and a catalogue file in a fresh temporary directory, deleted on dispose.
/// Each test builds its own, so no test depends on another's data.
/// </summary>
public sealed class TempContent : IDisposable
{
    public TempContent(bool withSeedContent = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "dortmund-news-tests", Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        Directory.CreateDirectory(Path.Combine(ContentPath, "articles"));
        Directory.CreateDirectory(Path.Combine(ContentPath, "authors"));
        if (withSeedContent)
        {
            CopyDirectory(RepositoryContent, ContentPath);
            SeedImageVariants.CopyTo(ImageVariantsPath);
        }
    }

    public string Root { get; }
    public string ContentPath { get; }
    public string DatabasePath => Path.Combine(Root, "data", "catalogue.db");
    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Where the catalogue keeps resized images for this content (beside the catalogue file).</summary>
    public string ImageVariantsPath => Path.Combine(Root, "data", "bilder");

    /// <summary>The key ring embargo links are signed with, shared by every site host and command over this content.</summary>
    public string KeysPath => Path.Combine(Root, "data", "keys");

    /// <summary>Where the site's article pages live (its SiteRoutes.ArticlePrefix), which the catalogue is given.</summary>
    public const string ArticlePathPrefix = "/artikel/";

    /// <summary>The catalogue settings the site gives for this folder.</summary>
    public CatalogueSettings Settings(bool showDrafts = false) =>
        new(ContentPath, ConnectionString, ImageVariantsPath, ArticlePathPrefix, showDrafts);

    /// <summary>The repository's own content/ folder (the seed press releases).</summary>
    public static string RepositoryContent => Path.Combine(RepositoryRoot, "content");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dortmund.News.sln")))
                directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Dortmund.News.sln not found above the test binaries");
        }
    }

    /// <summary>Writes a file (UTF-8, no BOM) at a content-relative path and returns its full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        // Make every write visible to the size+time stamp check, even within one clock tick.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Interlocked.Increment(ref _writes)));
        return path;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(ContentPath, relativePath));

    /// <summary>Writes a minimal valid article; extra front-matter lines may be added.</summary>
    public string WriteArticle(string slug, string title, string date, string body = "Ein Absatz Text.", string extraFrontMatter = "")
        => Write($"articles/{slug}.md", $"---\ntitle: \"{title}\"\ndate: {date}\n{extraFrontMatter}---\n\n{body}\n");

    /// <summary>A real JPEG (one of the seed placeholders, 1600×1067), for gallery entries.</summary>
    public string WriteImage(string relativePath) =>
        Write(relativePath, File.ReadAllBytes(Path.Combine(RepositoryContent, "articles/2026/besuch-suedkoreanische-delegation/empfang-1.jpg")));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may outlive the test briefly; the OS temp folder is cleaned anyway.
        }
    }

    private static long _writes;

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
