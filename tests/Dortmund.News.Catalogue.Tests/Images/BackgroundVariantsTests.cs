using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using SkiaSharp;

namespace Dortmund.News.Catalogue.Tests.Images;

/// <summary>More new images than a sync resizes itself (a first start): the sync is done first, the variants follow.</summary>
public sealed class BackgroundVariantsTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    // As long as these tests waited before they shared Poll.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private string Folder => _content.ImageVariantsPath;

    [Fact]
    public async Task Past_the_limit_the_sync_leaves_the_images_to_the_background_and_their_variants_follow()
    {
        WriteGallery("galerie", ("eins.jpg", JpegWithExif.Create(600, 400, orientation: 1)), ("zwei.jpg", JpegWithExif.Create(500, 300, orientation: 1)));
        await using var host = await CatalogueHost.StartAsync(_content, adjust: s => s with { ImagesResizedDuringSync = 1 });

        var report = await host.Sync.SyncAsync();

        Assert.Equal((1, 0), (report.Added, report.Failed));
        var gallery = (await host.QueryAsync(q => q.BySlugAsync("galerie", CancellationToken.None)))!.Gallery;
        await Poll.UntilAsync(() => host.Variants.Queued == 0 && gallery.All(g => File.Exists(Path.Combine(Folder, $"{g.Hash}-{g.Width}.jpg"))),
            "every variant made in the background", Within);
        Assert.Equal(8, Directory.EnumerateFiles(Folder).Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_queued_image_a_visitor_asks_for_is_resized_at_once()
    {
        await using var host = await CatalogueHost.StartAsync(_content, adjust: s => s with { ImagesResizedDuringSync = 0 });
        var path = _content.Write("articles/2026/bild.jpg", JpegWithExif.Create(600, 400, orientation: 1));
        var image = new SourceImage("articles/2026/bild.jpg", path, "abc", 600);

        var prepared = await host.Variants.PrepareAsync([image], CancellationToken.None);

        Assert.Equal((0, 1, 1), (prepared.Processed, prepared.Queued, host.Variants.Queued));
        Assert.False(File.Exists(Path.Combine(Folder, "abc-600.jpg")));
        Assert.True(await host.Variants.EnsureAsync("abc"));
        Assert.True(File.Exists(Path.Combine(Folder, "abc-600.jpg")));
        Assert.Equal(0, host.Variants.Queued);
        Assert.False(await host.Variants.EnsureAsync("unbekannt"));
    }

    [Fact]
    public async Task An_image_found_undecodable_in_the_background_fails_the_articles_using_it_and_is_served_nowhere()
    {
        // A PNG whose header reads (so the sync sees its size) but whose pixel data is garbage.
        WriteGallery("kaputt", ("bild.png", PngWithGarbagePixels()));
        WriteGallery("heil", ("bild.jpg", JpegWithExif.Create(600, 400, orientation: 1)));
        await using var host = await CatalogueHost.StartAsync(_content, adjust: s => s with { ImagesResizedDuringSync = 0 });
        var reports = new List<SyncReport>();
        host.Sync.Synced += report => { lock (reports) reports.Add(report); };

        var first = await host.Sync.SyncAsync();

        Assert.Equal(0, first.Failed);
        await Poll.UntilAsync(() => { lock (reports) return reports.Any(r => r.Problems.Any(p => p.Code == "NEWS025")); },
            "a sync reporting NEWS025 for the undecodable image", Within);
        // The article keeps its last good version (from the first sync), which links no variant of the image.
        var kaputt = (await host.QueryAsync(q => q.BySlugAsync("kaputt", CancellationToken.None)))!;
        Assert.Null(Assert.Single(kaputt.Gallery).Hash);
        Assert.NotNull(Assert.Single((await host.QueryAsync(q => q.BySlugAsync("heil", CancellationToken.None)))!.Gallery).Hash);

        // Later syncs, and a restart that forgot what the background found, agree: the image stays unreadable.
        _content.WriteArticle("neu", "Neu", "2026-01-02", extraFrontMatter: "image: 2026/kaputt/bild.png\n");
        var later = await host.Sync.SyncAsync();
        Assert.Contains(later.Problems, p => p.Code == "NEWS025" && p.Path == "articles/neu.md");
    }

    private void WriteGallery(string slug, params (string Name, byte[] Bytes)[] images)
    {
        foreach (var (name, bytes) in images)
            _content.Write($"articles/2026/{slug}/{name}", bytes);
        var entries = string.Concat(images.Select(i => $"  - src: {i.Name}\n    caption: C\n    credit: K\n    alt: A\n"));
        _content.Write($"articles/2026/{slug}/index.md", $"---\ntitle: {slug}\ndate: 2026-01-01\ngallery:\n{entries}---\nText\n");
    }

    private static byte[] PngWithGarbagePixels()
    {
        using var bitmap = new SKBitmap(300, 200);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.Red);
        using var image = SKImage.FromBitmap(bitmap);
        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        var random = new Random(1);
        for (var i = png.Length / 3; i < png.Length - 2; i++)
            png[i] = (byte)random.Next(256);
        Assert.NotNull(ImageProbe.SizeOf(png));
        Assert.Null(ImageVariants.DecodeUpright(png));
        return png;
    }
}
