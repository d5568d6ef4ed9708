using Microsoft.Data.Sqlite;

namespace Dortmund.News.Catalogue;

/// <summary>
/// What the site hosting the catalogue tells it, as plain values: where the content, the catalogue and the
/// image variants are, where article pages live, and whether drafts are visible. The catalogue reads no
/// configuration and knows nothing of the web: the site decides all of this.
/// </summary>
/// <param name="ContentPath">Absolute path of the content folder.</param>
/// <param name="ConnectionString">SQLite connection string with an absolute data source.</param>
/// <param name="ImageVariantsPath">Absolute path of the folder the resized image variants are written to (and served from).</param>
/// <param name="ArticlePathPrefix">
/// The site path article pages live under, such as <c>/artikel/</c>: editors' links and aliases are checked
/// against it, and an article whose slug changes keeps its old URL under it as a redirect.
/// </param>
/// <param name="ShowDrafts">True in the editors' preview, where drafts are listed with a badge (<see cref="Queries.Visibility"/>).</param>
public sealed record CatalogueSettings(string ContentPath, string ConnectionString, string ImageVariantsPath, string ArticlePathPrefix, bool ShowDrafts)
{
    /// <summary>
    /// Up to this many new images a sync resizes itself (an editor's change: an undecodable one fails its
    /// articles at once); more (a first start, a folder of new photos) are resized after the sync, in the background.
    /// </summary>
    public int ImagesResizedDuringSync { get; init; } = 8;

    /// <summary>
    /// Up to this many articles a sync indexes for search itself; more (a first start, a large checkout) are
    /// indexed after the sync, in the background, while the site already serves them.
    /// </summary>
    public int ArticlesIndexedDuringSync { get; init; } = 500;

    /// <summary>Where English article pages live unless the site says otherwise.</summary>
    public const string DefaultEnglishArticlePathPrefix = "/en/articles/";

    /// <summary>The site path English article pages live under, as <see cref="ArticlePathPrefix"/> is the German pages'.</summary>
    public string EnglishArticlePathPrefix { get; init; } = DefaultEnglishArticlePathPrefix;

    /// <summary>The article page prefix of each language (<c>Content.Translations.Languages</c>).</summary>
    public IReadOnlyDictionary<string, string> ArticlePathPrefixes => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Content.Translations.Languages.German] = ArticlePathPrefix,
        [Content.Translations.Languages.English] = EnglishArticlePathPrefix,
    };

    /// <summary>The catalogue file on disk.</summary>
    public string DatabasePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;
}
