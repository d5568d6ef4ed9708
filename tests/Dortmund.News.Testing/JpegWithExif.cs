using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Dortmund.News.Testing;

/// <summary>
/// Builds JPEGs the way cameras write them: an APP1 Exif segment with an orientation and a GPS
/// position, so tests can check that variants are turned upright and carry no metadata; and
/// reads back what metadata a JPEG or WebP file carries.
/// </summary>
public static class JpegWithExif
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

    /// <summary>The chunk names of a WebP (RIFF) file: "VP8 ", "VP8L", "VP8X", "EXIF", "XMP ", "ICCP" …</summary>
    public static List<string> WebpChunks(byte[] webp)
    {
        if (webp.Length < 12 || Encoding.ASCII.GetString(webp, 0, 4) != "RIFF" || Encoding.ASCII.GetString(webp, 8, 4) != "WEBP")
            throw new ArgumentException("not a WebP file", nameof(webp));
        var chunks = new List<string>();
        for (var at = 12; at + 8 <= webp.Length;)
        {
            chunks.Add(Encoding.ASCII.GetString(webp, at, 4));
            var size = BinaryPrimitives.ReadInt32LittleEndian(webp.AsSpan(at + 4));
            at += 8 + size + (size & 1);
        }

        return chunks;
    }

    /// <summary>
    /// What in <paramref name="file"/> (a JPEG or WebP) could tell where or with which camera it was taken:
    /// JPEG application segments with Exif/XMP (APP1, where the GPS position lives) or IPTC (APP13), WebP
    /// EXIF and XMP chunks, and an Exif header or XMP packet anywhere in the bytes. Empty for a clean file.
    /// </summary>
    public static List<string> MetadataIn(byte[] file)
    {
        var found = new List<string>();
        if (file is [0xFF, 0xD8, ..])
        {
            var markers = Markers(file);
            if (markers.Contains(0xE1))
                found.Add("JPEG APP1 (Exif/XMP)");
            if (markers.Contains(0xED))
                found.Add("JPEG APP13 (IPTC)");
        }
        else
        {
            found.AddRange(WebpChunks(file).Where(c => c is "EXIF" or "XMP ").Select(c => $"WebP {c} chunk"));
        }

        // The Exif header and the XMP namespace anywhere, should a segment hide where the walk above does not look.
        foreach (var text in (string[])["Exif\0\0", "http://ns.adobe.com/xap"])
        {
            if (ContainsAscii(file, text))
                found.Add($"bytes \"{text.TrimEnd('\0')}\"");
        }

        return found;
    }

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
