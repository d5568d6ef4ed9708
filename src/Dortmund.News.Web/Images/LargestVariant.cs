using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Images;

/// <summary>
/// The largest JPEG variant of a content image (1600 px wide, or the image's own width when
/// narrower): the one file of an image that leaves the site — Open Graph, JSON-LD, feeds,
/// sitemaps and the gallery's full-size link. JPEG because not every feed reader, messenger or
/// crawler takes WebP; a variant because the original may carry the camera's EXIF and GPS data.
/// </summary>
/// <param name="Path">The site path, <c>/bilder/{hash}-{width}.jpg</c>.</param>
/// <param name="FileName">The file's name in the variants folder.</param>
/// <param name="Width">The variant's width in pixels.</param>
/// <param name="Height">The variant's height in pixels (the image's aspect ratio, rounded as the resize rounds it).</param>
public sealed record LargestVariant(string Path, string FileName, int Width, int Height)
{
    /// <summary>The variant's media type.</summary>
    public const string MediaType = "image/jpeg";

    /// <summary>The variant of an image with <paramref name="hash"/> and upright size; null when it has none (no hash, or the file did not decode).</summary>
    public static LargestVariant? Of(string? hash, int width, int height)
    {
        if (hash is null || width <= 0 || height <= 0)
            return null;
        var largest = ImageVariants.WidthsFor(width)[^1];
        var file = ImageVariants.FileName(hash, largest, VariantFormat.Jpeg);
        return new LargestVariant(SiteRoutes.ImageVariants + "/" + file, file, largest, ImageVariants.HeightFor(width, height, largest));
    }

    public static LargestVariant? Of(ImageView image) => Of(image.Hash, image.Width, image.Height);

    public static LargestVariant? Of(GalleryImageView image) => Of(image.Hash, image.Width, image.Height);
}
