using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.EditorPreview;

internal static class EditorPreviewEndpoints
{
    /// <summary>Whether this site is the editors' preview (<see cref="EditorPreviewMode"/>).</summary>
    public static IServiceCollection AddEditorPreview(this IServiceCollection services) =>
        services.AddSingleton(sp => EditorPreviewMode.For(sp.GetRequiredService<IHostEnvironment>()));

    /// <summary>
    /// Editors' preview only: <c>GET /_vorschau/stand?datei=articles/…/index.md</c> answers the file's
    /// current version, which the preview script polls to reload the page after a change.
    /// </summary>
    public static WebApplication MapEditorPreview(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<EditorPreviewMode>().IsOn)
            return app;
        app.MapGet(SiteRoutes.EditorPreviewState, async (string? datei, EditorPreviewQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(datei) || datei.Length > 1024)
                return Results.BadRequest();
            http.Response.Headers.CacheControl = "no-store";
            var preview = await queries.ForFileAsync(datei, cancellationToken);
            return Results.Json(new { stand = preview.Version, fehler = preview.Problems.Count });
        });
        return app;
    }
}
