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
        var store = app.Services.GetRequiredService<ImageVariantStore>();
        var folder = store.Folder;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupFailure($"cannot create the catalogue folder {Path.GetDirectoryName(folder)} (ConnectionStrings:Catalogue): {e.Message}", e);
        }

        // After a first start the variants are made in the background; one a visitor asks for before then is made at once.
        app.Use(async (http, next) =>
        {
            if (store.IsBusy && http.Request.Path.StartsWithSegments(SiteRoutes.ImageVariants, out var rest)
                && HashOf(rest) is { } hash && !File.Exists(Path.Combine(folder, rest.Value!.TrimStart('/'))))
                await store.EnsureAsync(hash);
            await next(http);
        });

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

    // The hash in /{hash}-{width}.{webp|jpg}; null for anything else.
    private static string? HashOf(PathString rest)
    {
        var name = rest.Value.AsSpan().TrimStart('/');
        var dash = name.IndexOf('-');
        return dash > 0 && name.IndexOf('/') < 0 ? name[..dash].ToString() : null;
    }
}
