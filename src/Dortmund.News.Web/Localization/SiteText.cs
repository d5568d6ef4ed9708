namespace Dortmund.News.Web.Localization;

/// <summary>
/// The site's UI text, for <c>IStringLocalizer&lt;SiteText&gt;</c>: <c>SiteText.resx</c> is German (the default
/// language), <c>SiteText.en.resx</c> English. Keys name what a text is for, so no German is left in a view.
/// </summary>
public sealed class SiteText;
