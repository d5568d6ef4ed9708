namespace Dortmund.News.Import;

/// <summary>The site generators the importer reads.</summary>
public enum SourceKind
{
    Hugo,
    Jekyll,
    WordPress,
}

/// <summary>
/// One import: what to read, where to write, and the site's URL shapes (the importer knows no ASP.NET, so the
/// web project tells it where articles and images live).
/// </summary>
/// <param name="Sections">Hugo sections to import; empty for the default (posts, post, blog, news).</param>
/// <param name="ArticlePrefix">Where article pages live, e.g. <c>/artikel/</c>: ref/relref links become these.</param>
/// <param name="ImagePrefix">Where a shown content image answers by its content path, e.g. <c>/medien/</c>.</param>
public sealed record ImportOptions(
    SourceKind Kind,
    string Source,
    string ContentFolder,
    IReadOnlyList<string> Sections,
    bool DryRun,
    string ArticlePrefix,
    string ImagePrefix)
{
    public static readonly IReadOnlyList<string> DefaultHugoSections = ["posts", "post", "blog", "news"];
}
