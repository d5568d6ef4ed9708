using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Dortmund.News.Catalogue.Tests.Images;

/// <summary>
/// Builds small JPEGs the way cameras write them: an APP1 Exif segment with an orientation and a
/// GPS position, so tests can check that variants are turned upright and carry no metadata.
/// </summary>
internal static class JpegWithExif
{
    /// <summary>
    /// A <paramref name="width"/>×<paramref name="height"/> JPEG, left half red and right half blue
    /// as stored, with EXIF orientation <paramref name="orientation"/> and GPS latitude 51° 30' N.
    /// </summary>
    public static byte[] Create(int width, int height, ushort orientation)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
        var app1 = App1(orientation);
        // The Exif segment goes right after the start-of-image marker, where cameras put it.
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>The marker bytes (0xE0–0xEF application segments etc.) of a JPEG's header, up to start of scan.</summary>
    public static List<byte> Markers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            markers.Add(marker);
            if (marker == 0xDA)
                break;
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }

        return markers;
    }

    public static bool ContainsAscii(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static byte[] App1(ushort orientation)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)(v >> 8)); tiff.Add((byte)v); }
        void U32(int v) { U16(v >> 16); U16(v & 0xFFFF); }

        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(8);
        // IFD0 at 8: Orientation and a pointer to the GPS IFD.
        U16(2);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x8825); U16(4); U32(1); U32(38);
        U32(0);
        // GPS IFD at 38: latitude reference and latitude (rationals at 68).
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(68);
        U32(0);
        U32(51); U32(1); U32(30); U32(1); U32(0); U32(1);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }
}
