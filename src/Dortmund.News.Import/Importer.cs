using System.Text;
using Dortmund.News.Import.Hugo;
using Dortmund.News.Import.Jekyll;
using Dortmund.News.Import.Posts;
using Dortmund.News.Import.WordPress;
using Dortmund.News.Import.Writing;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import;

/// <summary>
/// Imports an old site into the content folder: reads its posts, gives each a free address, rewrites their bodies,
/// then writes each article bundle with its images and the authors' profiles — never over an existing file.
/// </summary>
public static class Importer
{
    public static ImportReport Run(ImportOptions options)
    {
        IImportSource source = options.Kind switch
        {
            SourceKind.Hugo => new HugoSite(options),
            SourceKind.Jekyll => new JekyllSite(options),
            _ => new WordPressExport(options),
        };
        var scan = source.Scan();
        var report = new ImportReport { DryRun = options.DryRun };
        report.Skipped.AddRange(scan.Skipped);
        report.Ignored.AddRange(scan.Ignored);

        var existing = new ExistingContent(options.ContentFolder);
        var posts = Admitted(scan.Posts, existing, options, report);
        var index = new PostIndex(posts);
        var oldLinks = new Bodies.OldLinks(posts, source.Host);
        foreach (var post in posts)
        {
            source.RewriteBody(post, index);
            post.Body = oldLinks.Rewrite(post, post.Body, options);
        }
        foreach (var post in posts)
            Write(post, options, report, Path.GetFullPath(options.Kind == SourceKind.WordPress && File.Exists(options.Source)
                ? Path.GetDirectoryName(options.Source)! : options.Source));
        report.Skipped.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source) is var c and not 0 ? c : a.Line.CompareTo(b.Line));
        return report;
    }

    /// <summary>The posts whose address is free: not an existing article's, not an earlier post's of this import.</summary>
    private static List<ImportedPost> Admitted(List<ImportedPost> posts, ExistingContent existing, ImportOptions options, ImportReport report)
    {
        var admitted = new List<ImportedPost>();
        var taken = new Dictionary<string, ImportedPost>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, ImportedPost>(StringComparer.OrdinalIgnoreCase);
        foreach (var post in posts)
        {
            var target = Path.Combine(options.ContentFolder, post.TargetFolder, "index.md");
            string? refusal = post.Slug.Length == 0 ? "no usable slug: neither 'slug:', the file name nor the title has letters or digits"
                : File.Exists(target) ? $"{post.TargetFolder}/index.md exists already; not overwritten"
                : existing.SlugOwner(post.Slug) is { } owner ? $"the slug '{post.Slug}' is taken by {owner}; give the post another 'slug:'"
                : taken.TryGetValue(post.Slug, out var earlier) ? $"the slug '{post.Slug}' is also that of {earlier.Source}; give one of them another 'slug:'"
                : null;
            if (refusal is not null)
            {
                report.Skipped.Add(new SkippedFile(post.Source, post.Line, refusal));
                continue;
            }

            taken[post.Slug] = post;
            foreach (var alias in post.Aliases.ToList())
            {
                var clash = existing.AliasOwner(alias) ?? existing.SlugOwner(AliasSlug(alias, options))
                            ?? (aliases.TryGetValue(alias.TrimEnd('/'), out var other) ? other.Source : null);
                if (alias.TrimEnd('/') == (options.ArticlePrefix + post.Slug).TrimEnd('/'))
                    post.Aliases.Remove(alias);
                else if (clash is not null)
                {
                    post.Aliases.Remove(alias);
                    post.Warn(post.Line, $"old address '{alias}' is already that of {clash}; no redirect from it to this article");
                }
                else
                    aliases[alias.TrimEnd('/')] = post;
            }

            admitted.Add(post);
        }

        return admitted;
    }

    private static string AliasSlug(string alias, ImportOptions options) =>
        alias.StartsWith(options.ArticlePrefix, StringComparison.Ordinal) ? alias[options.ArticlePrefix.Length..].TrimEnd('/') : "\0";

    private static void Write(ImportedPost post, ImportOptions options, ImportReport report, string sourceRoot)
    {
        foreach (var image in post.Images)
        {
            if (image.InGallery && image.Credit is null)
                post.Warn(post.Line, $"image '{image.FileName}' (from {Path.GetRelativePath(sourceRoot, image.SourceFile).Replace('\\', '/')}) has no credit: \"{ArticleFile.MissingCredit}\" is shown; write the photographer in its 'credit:'");
            if (image.InGallery && image.Caption is null)
                post.Warn(post.Line, $"image '{image.FileName}' has no caption: \"{ArticleFile.MissingCaption}\" is shown; write one in its 'caption:'");
            if (!image.InGallery)
                post.Warn(post.Line, $"image '{image.FileName}' lay beside the post but nothing showed it: copied into the article's folder, not shown");
        }

        var folder = Path.Combine(options.ContentFolder, post.TargetFolder);
        var text = ArticleFile.Render(post);
        if (!options.DryRun)
        {
            Directory.CreateDirectory(folder);
            foreach (var image in post.Images)
            {
                var target = Path.Combine(folder, image.FileName);
                if (File.Exists(target))
                {
                    post.Warn(post.Line, $"{post.TargetFolder}/{image.FileName} exists already; not overwritten (check that it is the same image)");
                    continue;
                }

                File.Copy(image.SourceFile, target);
                report.ImagesCopied++;
            }

            // CreateNew: a file that appeared meanwhile is not overwritten.
            using var stream = new FileStream(Path.Combine(folder, "index.md"), FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }
        else
            report.ImagesCopied += post.Images.Count;

        foreach (var author in post.Authors)
        {
            var slug = SlugText.From(author);
            var file = $"authors/{slug}.md";
            if (slug.Length == 0 || File.Exists(Path.Combine(options.ContentFolder, file)) || report.AuthorsCreated.Any(a => a.StartsWith(file + " ", StringComparison.Ordinal)))
                continue;
            if (!options.DryRun)
            {
                Directory.CreateDirectory(Path.Combine(options.ContentFolder, "authors"));
                File.WriteAllText(Path.Combine(options.ContentFolder, file), ArticleFile.Author(author), new UTF8Encoding(false));
            }

            report.AuthorsCreated.Add($"{file} ({author})");
        }

        report.LinksRewritten += post.LinksRewritten;
        report.Imported.Add(new ImportedArticle(post.Source, post.TargetFolder + "/index.md", post.Warnings, post.KeptKeys));
    }
}
