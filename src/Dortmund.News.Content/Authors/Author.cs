using Dortmund.News.Content.Articles;

namespace Dortmund.News.Content.Authors;

/// <summary>An author profile from <c>content/authors/&lt;slug&gt;.md</c>.</summary>
/// <param name="SourcePath">Content-relative path of the profile file.</param>
/// <param name="Slug">The file name, which articles use to name the author.</param>
/// <param name="Name">The displayed name.</param>
/// <param name="Role">Role or position, if given.</param>
/// <param name="Image">Portrait, if given.</param>
/// <param name="BioHtml">The biography (the file body) as sanitized HTML.</param>
public sealed record Author(string SourcePath, string Slug, string Name, string? Role, ImageReference? Image, string BioHtml)
{
    /// <summary>The profile's language: <c>authors/x.en.md</c> is the English bio (and role) of the author of <c>authors/x.md</c>.</summary>
    public string Language { get; init; } = Translations.Languages.Default;

    /// <summary>True for a translated profile, which only gives a bio and a role in its language.</summary>
    public bool IsTranslation => Language != Translations.Languages.Default;
}
