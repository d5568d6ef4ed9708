using Dortmund.News.Catalogue.Images;
using Dortmund.News.Web.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Dortmund.News.Web.Images;

internal static class ImageVariantHostingExtensions
{
    /// <summary>
    /// Serves the resized image variants, <c>/bilder/{hash}-{width}.{webp|jpg}</c>. Their names carry the
    /// content hash, so a changed image gets a new URL and each file can be cached for a year without ever
    /// being revalidated.
    /// </summary>
    public static WebApplication UseImageVariants(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<ImageVariantStore>().Folder;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupFailure($"cannot create the catalogue folder {Path.GetDirectoryName(folder)} (ConnectionStrings:Catalogue): {e.Message}", e);
        }

        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[".webp"] = "image/webp";
        types.Mappings[".jpg"] = "image/jpeg";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = SiteRoutes.ImageVariants,
            FileProvider = new PhysicalFileProvider(folder),
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context =>
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable",
        });
        return app;
    }
}
