using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>A photo of an original as a translation's gallery is checked against it.</summary>
internal sealed record OriginalPhoto(string Path, string Credit, string? License);

/// <summary>
/// What a translation's gallery may say about its original's photos: credits and licences come from the original
/// (a differing one is a warning, NEWS085, and the original's is shown); a photo the original does not have needs its
/// own credit, as in any gallery (NEWS021).
/// </summary>
internal static class TranslatedPhotos
{
    public static IEnumerable<(Rule Rule, Position At, string Message)> Check(Article translation, IReadOnlyList<OriginalPhoto> original)
    {
        var byPath = original.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var photo in translation.Gallery)
        {
            if (!byPath.TryGetValue(photo.Image.Path, out var first))
            {
                if (photo.Credit.Length == 0)
                    yield return (Rules.NoCredit, photo.At, $"gallery image '{photo.Image.Path}' has no credit (the original's gallery does not show it)");
                if (photo.Caption.Length == 0)
                    yield return (Rules.NoCaption, photo.At, $"gallery image '{photo.Image.Path}' has no caption (the original's gallery does not show it)");
                continue;
            }

            if (photo.Credit.Length > 0 && photo.Credit != first.Credit)
                yield return (Rules.TranslatedCredit, photo.At,
                    $"gallery image '{photo.Image.Path}' credits '{photo.Credit}', the original '{first.Credit}': the original's credit is shown; remove 'credit:' here");
            else if (photo.License is { } license && license != first.License)
                yield return (Rules.TranslatedCredit, photo.At,
                    $"gallery image '{photo.Image.Path}' has another licence than in the original: the original's is shown; remove 'license:' here");
        }
    }
}
