using SkiaSharp;

namespace Dortmund.News.Catalogue.Images;

/// <summary>Reads an image's pixel size from its header, as shown upright (EXIF orientation applied).</summary>
public static class ImageProbe
{
    /// <summary>Width and height, or null when the file is not a readable image.</summary>
    public static (int Width, int Height)? SizeOf(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        return codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
            ? (height, width)
            : (width, height);
    }
}
