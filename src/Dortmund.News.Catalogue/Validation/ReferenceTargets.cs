using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// What a Markdown file may name outside itself: the images under content/ (with their sizes), the
/// author slugs that have a profile file and the contact slugs that have a contact file.
/// </summary>
internal sealed record ReferenceTargets(ImageSizes Images, IReadOnlySet<string> AuthorSlugs, IReadOnlySet<string> ContactSlugs)
{
    /// <summary>The files under content/ an article may offer as attachments, with their length in bytes.</summary>
    public IReadOnlyDictionary<string, long> Attachments { get; init; } = new Dictionary<string, long>();

    /// <summary>The images given, and the author profiles, contacts and attachments among <paramref name="files"/> (everything scanned).</summary>
    public static ReferenceTargets Of(ImageSizes images, IEnumerable<ScannedFile> files)
    {
        var named = files.Where(f => f.Kind is FileKind.Author or FileKind.Contact or FileKind.Attachment).ToList();
        return new(images,
            // Only the German profiles: a translated one (x.en.md) gives a bio, not a profile of its own.
            named.Where(f => f.Kind == FileKind.Author && Content.Translations.TranslationName.Of(f.Path).Language is null)
                .Select(f => AuthorReader.SlugOf(f.Path)).ToHashSet(StringComparer.Ordinal),
            named.Where(f => f.Kind == FileKind.Contact).Select(f => ContactReader.SlugOf(f.Path)).ToHashSet(StringComparer.Ordinal))
        {
            Attachments = named.Where(f => f.Kind == FileKind.Attachment).ToDictionary(f => f.Path, f => f.Length, StringComparer.Ordinal),
        };
    }
}
