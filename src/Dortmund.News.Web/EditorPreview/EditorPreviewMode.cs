namespace Dortmund.News.Web.EditorPreview;

/// <summary>
/// Whether this site is the editors' preview, decided once from the environment (Development): it lists
/// drafts with a badge (the catalogue is told so), shows each page's content problems, and caches nothing.
/// </summary>
public sealed record EditorPreviewMode(bool IsOn)
{
    public static EditorPreviewMode For(IHostEnvironment environment) => new(environment.IsDevelopment());
}
