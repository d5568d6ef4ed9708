namespace Dortmund.News.Web.Security;

internal static class ReadOnlyMethodsExtensions
{
    /// <summary>
    /// The public site is read-only: GET and HEAD are served, OPTIONS is answered with the allowed
    /// methods, anything else is a 405 — before any page runs, since a Razor Page without a
    /// matching handler would otherwise render with an empty model.
    /// </summary>
    public static WebApplication UseReadOnlyMethods(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            context.Response.Headers.Allow = "GET, HEAD, OPTIONS";
            context.Response.StatusCode = HttpMethods.IsOptions(context.Request.Method)
                ? StatusCodes.Status204NoContent
                : StatusCodes.Status405MethodNotAllowed;
        });
        return app;
    }
}
