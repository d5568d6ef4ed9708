using Dortmund.News.Catalogue.Images;
using Dortmund.News.Testing;
using SkiaSharp;

namespace Dortmund.News.Catalogue.Tests.Images;

public sealed class ImageVariantsTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Folder => Path.Combine(_content.Root, "data", "bilder");

    [Theory]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(3000, new[] { 480, 960, 1600 })]
    [InlineData(1000, new[] { 480, 960, 1000 })]
    [InlineData(960, new[] { 480, 960 })]
    [InlineData(300, new[] { 300 })]
    public void Widths_never_upscale(int width, int[] expected) =>
        Assert.Equal(expected, ImageVariants.WidthsFor(width));

    [Fact]
    public void Exif_orientation_is_applied_and_gps_and_all_other_metadata_are_dropped()
    {
        // Stored 60×40 with orientation 6 ("rotate 90° clockwise to view"): upright it is 40×60.
        var source = JpegWithExif.Create(60, 40, orientation: 6);
        Assert.Contains((byte)0xE1, JpegWithExif.Markers(source));
        Assert.Equal((40, 60), ImageProbe.SizeOf(source));

        Assert.True(ImageVariants.Write(source, "abc", Folder));

        var jpeg = File.ReadAllBytes(Path.Combine(Folder, "abc-40.jpg"));
        var webp = File.ReadAllBytes(Path.Combine(Folder, "abc-40.webp"));
        Assert.DoesNotContain((byte)0xE1, JpegWithExif.Markers(jpeg));
        Assert.False(JpegWithExif.ContainsAscii(jpeg, "Exif"));
        Assert.False(JpegWithExif.ContainsAscii(webp, "EXIF"));
        Assert.False(JpegWithExif.ContainsAscii(webp, "XMP"));
        foreach (var variant in (byte[][])[jpeg, webp])
        {
            using var decoded = SKBitmap.Decode(variant);
            Assert.Equal((40, 60), (decoded.Width, decoded.Height));
            // The stored left (red) half is the top half once turned clockwise.
            Assert.True(IsRed(decoded.GetPixel(20, 10)), $"top is {decoded.GetPixel(20, 10)}");
            Assert.True(IsBlue(decoded.GetPixel(20, 50)), $"bottom is {decoded.GetPixel(20, 50)}");
        }
    }

    [Theory]
    [InlineData((ushort)3, 60, 40, true)]  // upside down: the red half moves to the right
    [InlineData((ushort)8, 40, 60, false)] // turned counter-clockwise: the red half moves to the bottom
    public void Other_orientations_turn_the_right_way(ushort orientation, int width, int height, bool redRight)
    {
        Assert.True(ImageVariants.Write(JpegWithExif.Create(60, 40, orientation), "o", Folder));

        using var decoded = SKBitmap.Decode(File.ReadAllBytes(Path.Combine(Folder, $"o-{width}.jpg")));
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        var (x, y) = redRight ? (width - 8, height / 2) : (width / 2, height - 8);
        Assert.True(IsRed(decoded.GetPixel(x, y)), $"({x},{y}) is {decoded.GetPixel(x, y)}");
    }

    [Fact]
    public void Bytes_that_do_not_decode_give_no_variants()
    {
        Assert.False(ImageVariants.Write("kein bild"u8.ToArray(), "x", Folder));
        Assert.False(Directory.Exists(Folder) && Directory.EnumerateFiles(Folder).Any());
    }

    [Fact]
    public async Task Sync_makes_webp_and_jpeg_variants_of_each_width_named_by_the_content_hash()
    {
        _content.WriteImage("articles/2026/galerie/bild.jpg");
        _content.Write("articles/2026/galerie/index.md",
            "---\ntitle: G\ndate: 2026-01-01\ngallery:\n  - src: bild.jpg\n    caption: C\n    credit: K\n    alt: A\n---\nText\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        await host.Sync.SyncAsync();

        var image = Assert.Single((await host.QueryAsync(q => q.BySlugAsync("galerie", CancellationToken.None)))!.Gallery);
        Assert.NotNull(image.Hash);
        Assert.Equal(
            new[] { 480, 960, 1600 }.SelectMany(w => new[] { $"{image.Hash}-{w}.jpg", $"{image.Hash}-{w}.webp" }).Order(),
            Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order());
        using var medium = SKBitmap.Decode(File.ReadAllBytes(Path.Combine(Folder, $"{image.Hash}-960.webp")));
        Assert.Equal((960, 640), (medium.Width, medium.Height));
    }

    [Fact]
    public async Task Only_new_or_changed_images_are_processed_and_replaced_ones_are_removed_after_the_sync()
    {
        _content.WriteImage("articles/2026/galerie/bild.jpg");
        _content.Write("articles/2026/galerie/index.md", "---\ntitle: G\ndate: 2026-01-01\nimage: bild.jpg\n---\nText\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        var first = Directory.EnumerateFiles(Folder).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // Touched but identical: nothing is re-encoded.
        File.SetLastWriteTimeUtc(Path.Combine(_content.ContentPath, "articles/2026/galerie/bild.jpg"), DateTime.UtcNow.AddHours(2));
        await host.Sync.SyncAsync();
        Assert.Equal(first, Directory.EnumerateFiles(Folder).ToDictionary(f => f, File.GetLastWriteTimeUtc));

        // Different pixels: variants under the new hash, the old ones gone.
        _content.Write("articles/2026/galerie/bild.jpg", JpegWithExif.Create(600, 400, orientation: 1));
        await host.Sync.SyncAsync();
        var lead = (await host.QueryAsync(q => q.BySlugAsync("galerie", CancellationToken.None)))!.LeadImage!;
        Assert.Equal([$"{lead.Hash}-480.jpg", $"{lead.Hash}-480.webp", $"{lead.Hash}-600.jpg", $"{lead.Hash}-600.webp"],
            Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order());
    }

    private static bool IsRed(SKColor c) => c.Red > 180 && c.Blue < 90 && c.Green < 90;

    private static bool IsBlue(SKColor c) => c.Blue > 180 && c.Red < 90 && c.Green < 90;
}
