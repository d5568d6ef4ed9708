using System.Globalization;
using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Images;

/// <summary>
/// One content image as a <c>&lt;picture&gt;</c>: WebP and JPEG srcsets of its resized variants,
/// width and height so the page does not jump while it loads, and lazy loading below the fold.
/// Pages never link the original file (it may carry the camera's EXIF and GPS data); an image
/// without variants (see <see cref="HasVariants"/>) is left out.
/// </summary>
/// <param name="Sizes">The <c>sizes</c> attribute: how wide the layout shows the image.</param>
/// <param name="Lazy">True below the fold; the first screen's images load at once.</param>
public sealed record ResponsiveImage(string? Hash, string Alt, int Width, int Height, string Sizes, bool Lazy, string? CssClass = null)
{
    public ResponsiveImage(ImageView image, string sizes, bool lazy, string? cssClass = null)
        : this(image.Hash, image.Alt, image.Width, image.Height, sizes, lazy, cssClass) { }

    public ResponsiveImage(GalleryImageView image, string sizes, bool lazy, string? cssClass = null)
        : this(image.Hash, image.Alt, image.Width, image.Height, sizes, lazy, cssClass) { }

    /// <summary>
    /// False when the catalogue has no variants for the image: it did not decode, or it is gone while
    /// the article's last good version stays up. Such an image has no URL to show.
    /// </summary>
    public bool HasVariants => LargestVariant.Of(Hash, Width, Height) is not null;

    public string Srcset(VariantFormat format) => string.Join(", ",
        ImageVariants.WidthsFor(Width).Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(w, format)} {w}w")));

    /// <summary>The plain src: the middle JPEG, for browsers that ignore srcset.</summary>
    public string Src => Url(ImageVariants.WidthsFor(Width).Where(w => w <= 960).DefaultIfEmpty(ImageVariants.WidthsFor(Width)[0]).Max(), VariantFormat.Jpeg);

    /// <summary>The largest variant (JPEG), for a link to the full image that works without JavaScript.</summary>
    public string Largest => (LargestVariant.Of(Hash, Width, Height) ?? throw new InvalidOperationException("The image has no variants.")).Path;

    private string Url(int width, VariantFormat format) =>
        SiteRoutes.ImageVariants + "/" + ImageVariants.FileName(Hash!, width, format);
}
