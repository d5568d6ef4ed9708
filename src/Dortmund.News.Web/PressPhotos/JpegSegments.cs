using System.Buffers.Binary;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// A JPEG's header segments, for moving metadata between files without touching the compressed pixels: a
/// download's rights are set by replacing its metadata segments, never by encoding the photo again.
/// </summary>
public static class JpegSegments
{
    private const byte StartOfImage = 0xD8, StartOfScan = 0xDA, App0 = 0xE0, App1 = 0xE1, App13 = 0xED, App15 = 0xEF, Comment = 0xFE;

    /// <summary>
    /// <paramref name="jpeg"/> with every metadata segment (APP1–APP13, APP15: Exif, XMP, ICC, IPTC …; comments)
    /// replaced by <paramref name="metadata"/>, placed after the JFIF header. APP0 (JFIF) and APP14 (Adobe's colour
    /// transform, which decoding needs) stay; the segments from the frame header on are copied as they are.
    /// </summary>
    public static byte[] WithMetadata(byte[] jpeg, IReadOnlyList<ReadOnlyMemory<byte>> metadata)
    {
        var segments = Read(jpeg, out var scanAt);
        using var output = new MemoryStream(jpeg.Length + metadata.Sum(m => m.Length));
        output.Write([0xFF, StartOfImage]);
        foreach (var segment in segments.Where(s => s.Marker == App0))
            output.Write(jpeg.AsSpan(segment.Offset, segment.Length));
        foreach (var segment in metadata)
            output.Write(segment.Span);
        foreach (var segment in segments.Where(s => s.Marker != App0 && !IsMetadata(s.Marker)))
            output.Write(jpeg.AsSpan(segment.Offset, segment.Length));
        output.Write(jpeg.AsSpan(scanAt));
        return output.ToArray();
    }

    /// <summary>The metadata segments of <paramref name="jpeg"/>, whole (marker and length included), in file order.</summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> MetadataOf(byte[] jpeg) =>
        Read(jpeg, out _).Where(s => IsMetadata(s.Marker)).Select(s => (ReadOnlyMemory<byte>)jpeg.AsMemory(s.Offset, s.Length)).ToList();

    private static bool IsMetadata(byte marker) => marker is >= App1 and <= App13 or App15 or Comment;

    private readonly record struct Segment(byte Marker, int Offset, int Length);

    /// <summary>The segments between the start of image and the start of scan; <paramref name="scanAt"/> is where the scan's marker begins.</summary>
    private static List<Segment> Read(byte[] jpeg, out int scanAt)
    {
        if (jpeg is not [0xFF, StartOfImage, ..])
            throw new InvalidDataException("not a JPEG");
        var segments = new List<Segment>();
        var at = 2;
        while (true)
        {
            if (at + 4 > jpeg.Length || jpeg[at] != 0xFF)
                throw new InvalidDataException($"JPEG header broken at byte {at}");
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // a fill byte before a marker
                continue;
            }

            if (marker == StartOfScan)
            {
                scanAt = at;
                return segments;
            }

            var length = 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (length < 4 || at + length > jpeg.Length)
                throw new InvalidDataException($"JPEG segment at byte {at} runs past the file");
            segments.Add(new Segment(marker, at, length));
            at += length;
        }
    }
}
