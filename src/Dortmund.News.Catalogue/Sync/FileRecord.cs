using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Validation;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What a sync stores of a file it looked at, so the next one can skip it.</summary>
internal static class FileRecord
{
    // A file whose bytes could not be read (empty hash) is stored with no length, so the next sync tries again.
    public static SourceFileEntry Of(ScannedFile file, string hash) =>
        new() { Path = file.Path, Length = hash.Length == 0 ? -1 : file.Length, LastWriteTicks = file.LastWriteTicks, Hash = hash };
}
