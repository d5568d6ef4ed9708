namespace Dortmund.News.Content.Translations;

/// <summary>
/// The languages the site publishes in, as BCP 47 codes: the one list every part of the site asks. German is the
/// default: a file without <c>lang:</c> and without a language suffix is German, and it is the original a
/// translation belongs to.
/// </summary>
public static class Languages
{
    /// <summary>German, the site's own language and the default.</summary>
    public const string German = "de";

    /// <summary>English, the language of translations for foreign readers.</summary>
    public const string English = "en";

    /// <summary>The language of a file that names none, and of the originals.</summary>
    public const string Default = German;

    /// <summary>Every configured language, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [German, English];

    /// <summary>True when <paramref name="code"/> is a configured language (exactly as written: lowercase).</summary>
    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
