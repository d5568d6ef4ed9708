
namespace Dortmund.News.Web.Health;

internal static class HealthExtensions
{
    public static IServiceCollection AddSiteHealth(this IServiceCollection services) => services.AddScoped<Readiness>();

    /// <summary>
    /// /healthz: the process answers (liveness). /readyz: the catalogue is synced (readiness), as JSON
    /// with article count, content problems and the last sync; 503 before the first sync and while the
    /// last one failed, so a load balancer sends visitors to another replica.
    /// </summary>
    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        app.MapMethods(SiteRoutes.Liveness, ["GET", "HEAD"], (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text("ok", "text/plain");
        });
        app.MapMethods(SiteRoutes.Readiness, ["GET", "HEAD"], async (HttpContext http, Readiness readiness, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var report = await readiness.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
