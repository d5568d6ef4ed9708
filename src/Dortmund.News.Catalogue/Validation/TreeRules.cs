using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>
/// The rules that need more than one file: slug and alias collisions, then links between
/// articles; and one default press contact. The validator and the sync both run exactly this, so the
/// site publishes what the validator passes.
/// </summary>
internal static class TreeRules
{
    /// <summary>The codes of the problems these rules report: such a file may become fine when another file changes.</summary>
    public static readonly IReadOnlyList<string> Codes = [Rules.DuplicateSlug.Code, Rules.AliasCollision.Code, Rules.BrokenLink.Code];

    /// <summary>
    /// Checks <paramref name="candidates"/> (articles read without errors) against
    /// <paramref name="urls"/>, in path order so the outcome does not depend on parsing order.
    /// Returns those still without errors.
    /// </summary>
    public static List<ParsedFile> Apply(IEnumerable<ParsedFile> candidates, UrlOwnership urls)
    {
        var claimed = candidates.Where(c => c.Article is not null).OrderBy(c => c.Path, StringComparer.Ordinal)
            .Where(file => urls.TryClaim(file)).ToList();
        foreach (var file in claimed)
            urls.CheckLinks(file);
        return claimed.Where(c => c.Article is not null).ToList();
    }

    /// <summary>
    /// Of the contact files read without errors, the first in path order marked <c>default: true</c> is the
    /// default contact; each later one fails (NEWS034) at its <c>default:</c>, naming the first. The sync
    /// reads every contact file whenever one changed, so it decides over all of them, as the validator does.
    /// </summary>
    public static void ApplyToContacts(IEnumerable<ParsedFile> contacts)
    {
        string? first = null;
        foreach (var file in contacts.Where(c => c.Contact is { IsDefault: true }).OrderBy(c => c.Path, StringComparer.Ordinal).ToList())
        {
            if (first is null)
            {
                first = file.Path;
                continue;
            }

            var at = file.Contact!.DefaultAt;
            file.Fail(Rules.SecondDefaultContact, at.Line, at.Column,
                $"{first} is the default contact already: remove 'default: true' from one of the two files");
        }
    }
}
