using Dortmund.News.Import.Posts;

namespace Dortmund.News.Import;

/// <summary>What a source reader found: the posts it can import, the files it cannot (with why), and what it passed over on purpose.</summary>
public sealed record SourceScan(List<ImportedPost> Posts, List<SkippedFile> Skipped, List<string> Ignored);

/// <summary>One old site (a Hugo or Jekyll folder, a WordPress export) read in two steps: posts first, then their bodies, once every post's new address is known.</summary>
public interface IImportSource
{
    SourceScan Scan();

    /// <summary>The old site's host name (from its configuration), so absolute links to it can be rewritten; null when unknown.</summary>
    string? Host { get; }

    /// <summary>Rewrites the body: images into the article's folder, links to other posts to their new addresses, the generator's own syntax.</summary>
    void RewriteBody(ImportedPost post, PostIndex index);
}
