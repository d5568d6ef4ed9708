using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dortmund.News.Web.Localization;

/// <summary>A page in one language: its site path (with the query that makes it that page, such as a search's).</summary>
public sealed record PageVersion(SiteLanguage Language, string Path);

/// <summary>
/// The languages a page exists in, which a page puts into <c>ViewData[PageVersions.ViewDataKey]</c>; the head writes them
/// as <c>hreflang</c> alternates and the header's switcher leads to the other one. A page that says nothing exists only
/// in its own language, so no alternate ever names a page that is not there.
/// </summary>
public static class PageVersions
{
    public const string ViewDataKey = "Localization.Versions";

    /// <summary>The versions the page gave, or the page alone (at its canonical path).</summary>
    public static IReadOnlyList<PageVersion> Of(ViewDataDictionary viewData, string canonicalPath) =>
        viewData[ViewDataKey] as IReadOnlyList<PageVersion> ?? [new PageVersion(SiteLanguage.Current, canonicalPath)];

    /// <summary>The page in <paramref name="language"/> and in each language of <paramref name="translations"/>, in the order of <see cref="SiteLanguage.All"/>.</summary>
    public static IReadOnlyList<PageVersion> Article(SiteLanguage language, string slug, IEnumerable<(string Language, string Slug)> translations) =>
        [.. translations.Select(t => (Language: SiteLanguage.ByCode(t.Language), t.Slug)).Prepend((Language: language, Slug: slug))
            .OrderBy(t => SiteLanguage.All.ToList().IndexOf(t.Language)).Select(t => new PageVersion(t.Language, t.Language.Routes.Article(t.Slug)))];

    /// <summary>A page every language has, such as the topics overview: <paramref name="path"/> picks it from a language's routes.</summary>
    public static IReadOnlyList<PageVersion> Everywhere(Func<LanguageRoutes, string> path) =>
        [.. SiteLanguage.All.Select(language => new PageVersion(language, path(language.Routes)))];
}
