using ImageMagick;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// The pixels of a download: the original at full resolution, turned upright by its EXIF orientation, in sRGB, as
/// a JPEG that carries nothing else — no EXIF, GPS, maker notes, comments, thumbnails or colour profile.
/// Made with Magick.NET (ImageMagick), which <see cref="RightsMetadata"/> also uses for the rights.
/// </summary>
public static class UprightJpeg
{
    /// <summary>The original's JPEG quality (as ImageMagick estimates it) is kept within these bounds: no bloat, no visible loss.</summary>
    private const int LowestQuality = 85, HighestQuality = 95, QualityForOtherFormats = 92;

    /// <summary>
    /// The JPEG, or null when <paramref name="original"/> (a seekable stream, read from its start) is not a JPEG, PNG,
    /// WebP or GIF that ImageMagick decodes. A stream, not a file name, which ImageMagick would read patterns in.
    /// </summary>
    public static byte[]? From(Stream original)
    {
        // Only the formats content images may have, named explicitly: ImageMagick never guesses a coder from the bytes.
        Span<byte> header = stackalloc byte[12];
        original.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        original.Position = 0;
        if (FormatOf(header) is not { } format)
            return null;
        try
        {
            using var image = new MagickImage(original, new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 });
            var quality = format == MagickFormat.Jpeg && image.Quality > 0
                ? Math.Clamp((int)image.Quality, LowestQuality, HighestQuality)
                : QualityForOtherFormats;
            image.AutoOrient();
            // Colours as the original's profile means them, then in sRGB, the space a file without a profile is read in.
            if (image.GetColorProfile() is not null)
                image.TransformColorSpace(ColorProfiles.SRGB);
            if (image.ColorSpace != ColorSpace.sRGB && image.ColorSpace != ColorSpace.Gray)
                image.ColorSpace = ColorSpace.sRGB;
            // JPEG has no transparency: transparent parts become white, as on the page.
            if (image.HasAlpha)
            {
                image.BackgroundColor = MagickColors.White;
                image.Alpha(AlphaAction.Remove);
            }

            image.Strip();
            image.Quality = (uint)quality;
            image.Settings.Interlace = Interlace.NoInterlace;
            return image.ToByteArray(MagickFormat.Jpeg);
        }
        catch (MagickException)
        {
            return null;
        }
    }

    private static MagickFormat? FormatOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => MagickFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => MagickFormat.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => MagickFormat.Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => MagickFormat.WebP,
        _ => null,
    };
}
