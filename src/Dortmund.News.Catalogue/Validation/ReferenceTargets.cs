using Dortmund.News.Content.Authors;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// What a Markdown file may name outside itself: the images under content/ (with their sizes) and
/// the author slugs that have a profile file.
/// </summary>
internal sealed record ReferenceTargets(ImageSizes Images, IReadOnlySet<string> AuthorSlugs)
{
    /// <summary>The images given, and the author profiles among <paramref name="files"/> (everything scanned).</summary>
    public static ReferenceTargets Of(ImageSizes images, IEnumerable<ScannedFile> files) =>
        new(images, files.Where(f => f.Kind == FileKind.Author).Select(f => AuthorReader.SlugOf(f.Path)).ToHashSet(StringComparer.Ordinal));
}
