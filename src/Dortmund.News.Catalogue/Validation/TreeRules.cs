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
    public static readonly IReadOnlyList<string> Codes =
        [Rules.DuplicateSlug.Code, Rules.AliasCollision.Code, Rules.BrokenLink.Code, .. TranslationRules.Codes];

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
    /// The translation rules (<see cref="TranslationRules"/>) over the articles still without errors; each file
    /// breaking one fails at its <c>translationKey:</c> (or title) line.
    /// </summary>
    public static void ApplyToTranslations(IEnumerable<ParsedFile> articles)
    {
        var files = articles.Where(a => a.Article is not null).ToDictionary(a => a.Path, StringComparer.Ordinal);
        foreach (var violation in TranslationRules.Check(files.Values.Select(f => TranslationMember.Of(f.Article!)).ToList()))
            files[violation.Member.Path].Fail(violation.Rule, violation.Member.At.Line, violation.Member.At.Column, violation.Message);
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
