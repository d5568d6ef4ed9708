using System.Globalization;
using SkiaSharp;

namespace Dortmund.News.Catalogue.Images;

/// <summary>The file formats a variant is written in: WebP for browsers that take it, JPEG as the fallback.</summary>
public enum VariantFormat
{
    Webp,
    Jpeg,
}

/// <summary>
/// The resized copies of content images that pages serve. Each copy is named by the source's
/// content hash and its width, so its URL changes whenever the image does (cacheable for a year),
/// and an unchanged image is never processed again.
/// </summary>
public static class ImageVariants
{
    /// <summary>The widths offered in srcset; an image narrower than one of them is offered at its own width instead.</summary>
    public static readonly IReadOnlyList<int> StandardWidths = [480, 960, 1600];

    /// <summary>The widths made for an upright image <paramref name="width"/> pixels wide, ascending.</summary>
    public static IReadOnlyList<int> WidthsFor(int width)
    {
        if (width <= 0)
            return [];
        var largest = Math.Min(width, StandardWidths[^1]);
        var widths = StandardWidths.Where(w => w < largest).ToList();
        widths.Add(largest);
        return widths;
    }

    /// <summary>Height of a variant <paramref name="variantWidth"/> wide, keeping the aspect ratio.</summary>
    public static int HeightFor(int width, int height, int variantWidth) =>
        Math.Max(1, (int)Math.Round((double)height * variantWidth / width, MidpointRounding.AwayFromZero));

    /// <summary>The file name of one variant: <c>{hash}-{width}.{webp|jpg}</c>.</summary>
    public static string FileName(string hash, int width, VariantFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{hash}-{width}.{Extension(format)}");

    public static string Extension(VariantFormat format) => format == VariantFormat.Webp ? "webp" : "jpg";

    /// <summary>
    /// Decodes <paramref name="source"/>, turns it upright by its EXIF orientation and writes every
    /// variant into <paramref name="folder"/>. Re-encoding writes pixels only, so EXIF, GPS and
    /// other metadata of the source never reach a variant. Returns false when the image cannot be
    /// decoded. Files appear atomically (written beside, then renamed), the largest JPEG last, so
    /// its presence means the set is complete.
    /// </summary>
    public static bool Write(byte[] source, string hash, string folder)
    {
        using var data = SKData.CreateCopy(source);
        return Write(data, hash, folder);
    }

    /// <summary>
    /// As <see cref="Write(byte[], string, string)"/>, reading the file at <paramref name="path"/> into native
    /// memory: no large managed array per image, which the GC would keep until its next full collection.
    /// </summary>
    public static bool WriteFromFile(string path, string hash, string folder)
    {
        using var data = SKData.Create(path) ?? throw new IOException($"cannot read {path}");
        return Write(data, hash, folder);
    }

    private static bool Write(SKData source, string hash, string folder)
    {
        using var upright = DecodeUpright(source);
        if (upright is null)
            return false;

        Directory.CreateDirectory(folder);
        foreach (var width in WidthsFor(upright.Width))
        {
            using var resized = width == upright.Width
                ? upright.Copy()
                : upright.Resize(new SKImageInfo(width, HeightFor(upright.Width, upright.Height, width), SKColorType.Rgba8888,
                    SKAlphaType.Premul, SKColorSpace.CreateSrgb()), new SKSamplingOptions(SKCubicResampler.Mitchell));
            if (resized is null)
                return false;
            using var image = SKImage.FromBitmap(resized);
            // Quality 80 (WebP) and 82 (JPEG): clean photos at a fraction of the source's bytes.
            WriteAtomically(Path.Combine(folder, FileName(hash, width, VariantFormat.Webp)), image, SKEncodedImageFormat.Webp, 80);
            WriteAtomically(Path.Combine(folder, FileName(hash, width, VariantFormat.Jpeg)), image, SKEncodedImageFormat.Jpeg, 82);
        }

        return true;
    }

    /// <summary>True when every variant of the upright image <paramref name="width"/> wide with <paramref name="hash"/> is on disk.</summary>
    public static bool Exist(string hash, int width, string folder) =>
        WidthsFor(width) is { Count: > 0 } widths
        && File.Exists(Path.Combine(folder, FileName(hash, widths[^1], VariantFormat.Jpeg)));

    /// <summary>The decoded image turned as its EXIF orientation says, or null when it does not decode.</summary>
    public static SKBitmap? DecodeUpright(byte[] source)
    {
        using var data = SKData.CreateCopy(source);
        return DecodeUpright(data);
    }

    private static SKBitmap? DecodeUpright(SKData data)
    {
        using var codec = SKCodec.Create(data);
        if (codec is null)
            return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        // A truncated file still yields the part that arrived; anything else is not an image we can show.
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            return null;
        }

        var origin = codec.EncodedOrigin;
        if (origin == SKEncodedOrigin.TopLeft)
            return decoded;
        using (decoded)
            return Orient(decoded, origin);
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = swaps ? (source.Height, source.Width) : (source.Width, source.Height);
        var upright = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(upright);
        // The matrices map the stored pixels onto the upright canvas (EXIF orientation 2..8).
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        // Quarter turns and mirrors move whole pixels: nearest sampling copies them exactly.
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return upright;
    }

    private static void WriteAtomically(string path, SKImage image, SKEncodedImageFormat format, int quality)
    {
        using var encoded = image.Encode(format, quality)
            ?? throw new InvalidOperationException($"Skia could not encode {Path.GetFileName(path)}");
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = File.Create(temporary))
            encoded.SaveTo(file);
        File.Move(temporary, path, overwrite: true);
    }
}
