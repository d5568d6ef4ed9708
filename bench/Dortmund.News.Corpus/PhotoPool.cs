using System.Text;
using SkiaSharp;

namespace Dortmund.News.Corpus;

/// <summary>
/// An agency's stock of photos: a few dozen distinct JPEG files made from the shipped seed images by cropping,
/// resizing and re-encoding each one differently, so every file has its own bytes and hash.
/// </summary>
internal static class PhotoPool
{
    private static readonly int[] Widths = [1600, 1440, 1280, 1200, 1024];

    /// <summary>The pool's JPEG bytes, the same for the same seed.</summary>
    public static IReadOnlyList<byte[]> Make(IReadOnlyList<string> seedImages, int size, int seed)
    {
        var random = new Random(seed);
        var sources = seedImages.Select(path => SKBitmap.Decode(path)
            ?? throw new InvalidOperationException($"{path} is not a readable image")).ToList();
        try
        {
            var pool = new List<byte[]>(size);
            for (var i = 0; i < size; i++)
                pool.Add(Variant(sources[i % sources.Count], random));
            return pool;
        }
        finally
        {
            sources.ForEach(bitmap => bitmap.Dispose());
        }
    }

    /// <summary>
    /// A copy of <paramref name="jpeg"/> with a comment segment naming <paramref name="owner"/>: the same picture in a
    /// file of its own (another hash), as when every article's photos are separate uploads. Re-encoding 40,000 photos
    /// would take minutes; the site decodes each file anyway.
    /// </summary>
    public static byte[] Unique(byte[] jpeg, string owner)
    {
        var comment = Encoding.ASCII.GetBytes($"Dortmund.News corpus {owner}");
        var length = comment.Length + 2;
        var copy = new byte[jpeg.Length + 2 + length];
        // SOI, then the COM segment (0xFFFE, big-endian length including itself), then the rest of the file.
        jpeg.AsSpan(0, 2).CopyTo(copy);
        copy[2] = 0xFF;
        copy[3] = 0xFE;
        copy[4] = (byte)(length >> 8);
        copy[5] = (byte)length;
        comment.CopyTo(copy, 6);
        jpeg.AsSpan(2).CopyTo(copy.AsSpan(6 + comment.Length));
        return copy;
    }

    private static byte[] Variant(SKBitmap source, Random random)
    {
        // A crop of 60–100 % of the frame at a random place, scaled to a common web width.
        var scale = 0.6 + random.NextDouble() * 0.4;
        var cropWidth = (int)(source.Width * scale);
        var cropHeight = (int)(source.Height * scale);
        var crop = SKRectI.Create(random.Next(source.Width - cropWidth + 1), random.Next(source.Height - cropHeight + 1), cropWidth, cropHeight);
        var width = Math.Min(Widths[random.Next(Widths.Length)], cropWidth);
        var height = (int)Math.Round(cropHeight * (double)width / cropWidth);
        var quality = random.Next(78, 92);

        using var subset = new SKBitmap();
        if (!source.ExtractSubset(subset, crop))
            throw new InvalidOperationException("crop outside the seed image");
        using var resized = subset.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
