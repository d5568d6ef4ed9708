using SkiaSharp;

namespace Dortmund.News.Catalogue.Images;

/// <summary>Reads an image's pixel size from its header, as shown upright (EXIF orientation applied).</summary>
public static class ImageProbe
{
    /// <summary>Width and height, or null when the bytes are not a readable image.</summary>
    public static (int Width, int Height)? SizeOf(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return Upright(codec);
    }

    /// <summary>
    /// Width and height of an image file, reading its header only; null when it is not a readable image.
    /// Throws IOException or UnauthorizedAccessException when the file cannot be opened.
    /// </summary>
    public static (int Width, int Height)? SizeOfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 4096);
        using var codec = SKCodec.Create(stream);
        return Upright(codec);
    }

    private static (int Width, int Height)? Upright(SKCodec? codec)
    {
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        return codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
            ? (height, width)
            : (width, height);
    }
}
