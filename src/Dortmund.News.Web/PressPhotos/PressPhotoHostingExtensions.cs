using Dortmund.News.Catalogue;
using Dortmund.News.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dortmund.News.Web.PressPhotos;

internal static class PressPhotoHostingExtensions
{
    /// <summary>The folder beside the image variants (data/pressefotos) where the downloads are kept.</summary>
    public const string FolderName = "pressefotos";

    /// <summary>The <c>PressPhotos</c> settings, what downloads are called and carry, their store, and their making after each sync.</summary>
    public static IServiceCollection AddPressPhotos(this IServiceCollection services)
    {
        services.AddOptions<PressPhotoOptions>().BindConfiguration(PressPhotoOptions.Section);
        services.AddSingleton<PressPhotoDownloads>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<CatalogueSettings>();
            return new PressPhotoStore(Path.Combine(Path.GetDirectoryName(settings.ImageVariantsPath)!, FolderName), settings.ContentPath,
                sp.GetRequiredService<ILogger<PressPhotoStore>>());
        });
        services.TryAddSingleton<BackgroundStart>();
        services.AddHostedService<PressPhotoBackground>();
        return services;
    }
}
