using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Attachments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dortmund.News.Web.Embargo;

internal static class EmbargoExtensions
{
    /// <summary>
    /// Embargo links: the tokens (reading the shared key ring, never making keys), the grace after publication, and the
    /// article page answering <c>/vorab/{token}</c> too, so the page before its moment is the page itself.
    /// </summary>
    public static IServiceCollection AddEmbargoLinks(this IServiceCollection services)
    {
        services.AddOptions<EmbargoOptions>().BindConfiguration(EmbargoOptions.Section);
        services.AddSingleton(sp => new EmbargoTokens(
            EmbargoTokens.KeysFolder(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            createsKeys: false, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<EmbargoAccess>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Artikel/Details", SiteRoutes.Embargo));
        return services;
    }

    /// <summary><c>/vorab/{token}/anhaenge/{file}</c>: the files of a scheduled article, for the holders of its link.</summary>
    public static IEndpointRouteBuilder MapEmbargoAttachments(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteRoutes.EmbargoAttachment, [HttpMethods.Get, HttpMethods.Head],
            async (string token, string file, HttpContext http, EmbargoTokens tokens, AttachmentQueries attachments, CatalogueSettings catalogue,
                CancellationToken cancellationToken) =>
            {
                EmbargoResponse.Mark(http.Response);
                var found = tokens.Read(token) is { } ticket
                    ? await attachments.BeforePublicationAsync(ticket.Slug, ticket.SourcePath, file, cancellationToken)
                    : null;
                return AttachmentFile.Serve(found, catalogue, EmbargoResponse.CacheControl, http);
            });
        return app;
    }
}
