using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>One file of a translation group, as the rules across files see it (a parsed file, or a row the sync keeps).</summary>
/// <param name="At">Where a problem of this file is reported: its <c>translationKey:</c> (else title) line; 1:1 for a row not read again.</param>
internal sealed record TranslationMember(string Path, string Language, string Group, Position At)
{
    public static TranslationMember Of(Article article) => new(article.SourcePath, article.Language, article.TranslationGroup, article.TranslationKeyAt);
}

/// <summary>A translation rule a member breaks: it is then not published.</summary>
internal sealed record TranslationViolation(TranslationMember Member, Rule Rule, string Message);

/// <summary>
/// The rules of translation groups, decided over every file of the groups concerned, in path order, so the
/// validator and the sync agree (the sync runs them on its rows and the files it read):
/// a suffix translation (<c>index.en.md</c>) must be in the group of its original (<c>index.md</c>): NEWS084;
/// one file per language and group, the original (no suffix) first, then path order: NEWS082;
/// a group needs its German original, or its translations fail: NEWS083.
/// </summary>
internal static class TranslationRules
{
    /// <summary>The codes of these rules: a file failing one may become fine when another file changes.</summary>
    public static readonly IReadOnlyList<string> Codes =
        [Rules.TranslationTwice.Code, Rules.OriginalMissing.Code, Rules.TranslationKeyCollision.Code];

    /// <summary>True when the article can break a translation rule (German originals without a key never do).</summary>
    public static bool Concern(Article article) =>
        article.Language != Languages.Default || article.TranslationKey is not null || TranslationName.Of(article.SourcePath).Language is not null;

    /// <summary>The violations among <paramref name="members"/> (the originals of suffix translations included when they exist).</summary>
    public static List<TranslationViolation> Check(IReadOnlyCollection<TranslationMember> members)
    {
        var byPath = members.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var violations = new List<TranslationViolation>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        void Fail(TranslationMember member, Rule rule, string message)
        {
            if (failed.Add(member.Path))
                violations.Add(new TranslationViolation(member, rule, message));
        }

        foreach (var member in members.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            var name = TranslationName.Of(member.Path);
            if (name.Language is not null && byPath.TryGetValue(name.OriginalPath, out var original) && original.Group != member.Group)
                Fail(member, Rules.TranslationKeyCollision,
                    $"{original.Path} is in {Describe(original.Group)}, this file in {Describe(member.Group)}: "
                    + "write the same 'translationKey:' in both files, or none in either");
        }

        foreach (var group in members.Where(m => !failed.Contains(m.Path)).GroupBy(m => m.Group, StringComparer.Ordinal))
        {
            foreach (var language in group.GroupBy(m => m.Language, StringComparer.Ordinal))
            {
                var ordered = language.OrderBy(m => TranslationName.Of(m.Path).Language is null ? 0 : 1)
                    .ThenBy(m => m.Path, StringComparer.Ordinal).ToList();
                foreach (var later in ordered.Skip(1))
                    Fail(later, Rules.TranslationTwice,
                        $"{ordered[0].Path} is the '{language.Key}' version of {Describe(group.Key)} already: "
                        + "give one of the two files another 'translationKey:' or 'lang:'");
            }
        }

        foreach (var group in members.Where(m => !failed.Contains(m.Path)).GroupBy(m => m.Group, StringComparer.Ordinal))
        {
            if (group.Any(m => m.Language == Languages.Default))
                continue;
            foreach (var member in group.OrderBy(m => m.Path, StringComparer.Ordinal))
                Fail(member, Rules.OriginalMissing, TranslationName.Of(member.Path).Language is not null && !member.Group.StartsWith("key:", StringComparison.Ordinal)
                    ? $"the German original {TranslationName.Of(member.Path).OriginalPath} is missing or has errors: a translation appears with its original"
                    : $"no German file without errors has 'translationKey: {member.Group["key:".Length..]}': a translation appears with its original");
        }

        return violations;
    }

    private static string Describe(string group) =>
        group.StartsWith("key:", StringComparison.Ordinal)
            ? $"translation group 'translationKey: {group["key:".Length..]}'"
            : $"the translation group of {group["path:".Length..]}";
}
