using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Validation;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>Why a sync reads a Markdown file.</summary>
internal enum ReadReason
{
    /// <summary>The last sync has no record of it.</summary>
    New,

    /// <summary>Its bytes are not those of its record.</summary>
    Changed,

    /// <summary>Its bytes could not be read, now or at the last sync: reading it reports the problem (NEWS008) or clears it.</summary>
    Unreadable,

    /// <summary>An image it uses, or one in its folder, was added, changed or removed.</summary>
    ImageChanged,

    /// <summary>It failed only because of another file (a slug or alias taken, a link to a missing article), and other files changed.</summary>
    HeldBackByAnotherFile,

    /// <summary>It is a contact file, and another contact file changed: which one is the default is decided over all of them (NEWS034).</summary>
    OtherContactChanged,
}

/// <summary>A Markdown file this sync reads, and why.</summary>
internal sealed record FileToRead(ScannedFile File, ReadReason Reason);

/// <summary>
/// What one sync does, decided before it writes anything (<see cref="ChangeDetector"/>): which
/// Markdown files it reads and why, which files it removes, and which file records it only updates.
/// One transaction then applies it (<see cref="SyncTransaction"/>).
/// </summary>
/// <param name="Scanned">Every file under content/ the site is built from, by content-relative path.</param>
/// <param name="Images">Every image among them with its size (unreadable ones without).</param>
/// <param name="ServedImages">The readable images with their hashes, for their resized variants.</param>
/// <param name="ToRead">The Markdown files to read, by path.</param>
/// <param name="ToRemove">Files (Markdown and images) gone since the last sync.</param>
/// <param name="RecordsToUpdate">
/// Records of files not parsed in this sync: images read again, and Markdown files touched without
/// their bytes changing (only the time stamp is new, so the next sync does not hash them again).
/// </param>
internal sealed record SyncPlan(
    IReadOnlyDictionary<string, ScannedFile> Scanned,
    ImageSizes Images,
    IReadOnlyList<SourceImage> ServedImages,
    IReadOnlyDictionary<string, FileToRead> ToRead,
    IReadOnlySet<string> ToRemove,
    IReadOnlyCollection<SourceFileEntry> RecordsToUpdate)
{
    /// <summary>True when content/ is as the last sync left it: nothing to write.</summary>
    public bool IsEmpty => ToRead.Count == 0 && ToRemove.Count == 0 && RecordsToUpdate.Count == 0;

    /// <summary>
    /// The paths whose articles, profiles or contacts may change: read or removed. A contact read only because
    /// another one changed is not among them: its bytes are the same, and only a change of the default contact,
    /// which is among them, can change whether it passes.
    /// </summary>
    public IReadOnlyCollection<string> TouchedPaths =>
        [.. ToRead.Where(f => f.Value.Reason != ReadReason.OtherContactChanged).Select(f => f.Key), .. ToRemove];

    /// <summary>
    /// Images whose pixels turned out not to decode are unreadable from now on: the articles read in this sync
    /// that use them fail (NEWS025), and their records say so, so no page serves them and later syncs agree.
    /// </summary>
    public void MarkUndecodable(IReadOnlySet<string> paths)
    {
        Images.MarkUnreadable(paths);
        foreach (var record in RecordsToUpdate.Where(r => paths.Contains(r.Path)))
            (record.Width, record.Height) = (null, null);
    }

    /// <summary>How many Markdown files there are (read or not).</summary>
    public int MarkdownFiles => Scanned.Values.Count(f => f.IsMarkdown);
}
