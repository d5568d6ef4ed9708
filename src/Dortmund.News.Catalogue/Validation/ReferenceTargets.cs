using Dortmund.News.Content.Authors;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// What a Markdown file may name outside itself: the images under content/ (with their sizes) and
/// the author slugs that have a profile file.
/// </summary>
internal sealed record ReferenceTargets(ImageSizes Images, IReadOnlySet<string> AuthorSlugs)
{
    /// <summary>The files under content/ an article may offer as attachments, with their length in bytes.</summary>
    public IReadOnlyDictionary<string, long> Attachments { get; init; } = new Dictionary<string, long>();

    /// <summary>The images given, and the author profiles among <paramref name="files"/> (everything scanned).</summary>
    public static ReferenceTargets Of(ImageSizes images, IEnumerable<ScannedFile> files) =>
        new(images, files.Where(f => f.Kind == FileKind.Author).Select(f => AuthorReader.SlugOf(f.Path)).ToHashSet(StringComparer.Ordinal))
        {
            Attachments = files.Where(f => f.Kind == FileKind.Attachment).ToDictionary(f => f.Path, f => f.Length, StringComparer.Ordinal),
        };
}
