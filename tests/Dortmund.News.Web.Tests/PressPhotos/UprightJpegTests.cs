using Dortmund.News.Testing;
using Dortmund.News.Web.PressPhotos;
using SkiaSharp;

namespace Dortmund.News.Web.Tests.PressPhotos;

/// <summary>The pixels of a download: any content image format in, an upright JPEG without metadata out.</summary>
public sealed class UprightJpegTests
{
    private static byte[]? From(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UprightJpeg.From(stream);
    }

    [Fact]
    public void A_sideways_camera_jpeg_comes_out_upright_at_full_size_without_its_exif()
    {
        var jpeg = From(JpegWithExif.Create(300, 200, orientation: 6))!;

        using var bitmap = SKBitmap.Decode(jpeg);
        Assert.Equal((200, 300), (bitmap.Width, bitmap.Height));
        Assert.Empty(JpegWithExif.MetadataIn(jpeg));
        // Stored left half red: upright, the top.
        Assert.True(bitmap.GetPixel(100, 40).Red > 200 && bitmap.GetPixel(100, 260).Blue > 200);
    }

    [Fact]
    public void A_transparent_png_becomes_a_jpeg_on_white()
    {
        using var source = new SKBitmap(new SKImageInfo(40, 20, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        source.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(source))
            canvas.DrawRect(20, 0, 20, 20, new SKPaint { Color = SKColors.Red });
        using var png = SKImage.FromBitmap(source).Encode(SKEncodedImageFormat.Png, 100);

        var jpeg = From(png.ToArray())!;

        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        using var bitmap = SKBitmap.Decode(jpeg);
        Assert.Equal((40, 20), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.GetPixel(5, 10) is { Red: > 240, Green: > 240, Blue: > 240 }, $"transparent part is {bitmap.GetPixel(5, 10)}");
        Assert.True(bitmap.GetPixel(35, 10) is { Red: > 200, Green: < 60 }, $"red part is {bitmap.GetPixel(35, 10)}");
    }

    [Theory]
    [InlineData("kein bild")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("")]
    public void What_is_not_a_content_image_format_gives_no_file(string text) =>
        Assert.Null(From(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_truncated_jpeg_gives_no_file_or_a_whole_one()
    {
        var whole = JpegWithExif.Create(300, 200, orientation: 1);

        var jpeg = From(whole[..(whole.Length / 3)]);

        if (jpeg is not null)
            Assert.NotNull(SKBitmap.Decode(jpeg));
    }
}
