using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Images;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Discovery;

/// <summary>
/// A feed entry's image as the feed links it: the largest JPEG variant, that file's length in bytes
/// (RSS requires it on an enclosure), and the caption, credit and alt text that travel with it.
/// </summary>
public sealed record FeedEnclosure(LargestVariant Variant, long Length, FeedImage Image)
{
    /// <summary>
    /// The enclosure of <paramref name="image"/>, its variant made now when it still waits in the background
    /// (the feed needs its length); null when the image has no variant on disk — a feed links no file it cannot serve.
    /// </summary>
    public static async Task<FeedEnclosure?> OfAsync(FeedImage image, ImageVariantStore variants)
    {
        if (LargestVariant.Of(image.Hash, image.Width, image.Height) is not { } variant)
            return null;
        var file = new FileInfo(Path.Combine(variants.Folder, variant.FileName));
        if (!file.Exists && await variants.EnsureAsync(image.Hash!))
            file.Refresh();
        return file.Exists ? new FeedEnclosure(variant, file.Length, image) : null;
    }
}
