using Dortmund.News.Testing;
using Dortmund.News.Web.PressPhotos;
using SkiaSharp;

namespace Dortmund.News.Web.Tests.PressPhotos;

/// <summary>Metadata moves between JPEGs without touching the compressed pixels.</summary>
public sealed class JpegSegmentsTests
{
    [Fact]
    public void Replacing_the_metadata_drops_exif_and_comments_keeps_jfif_and_leaves_the_pixels_as_they_were()
    {
        var camera = JpegWithExif.Create(64, 48, orientation: 1);
        byte[] comment = [0xFF, 0xFE, 0x00, 0x07, (byte)'K', (byte)'a', (byte)'m', (byte)'e', (byte)'r'];
        camera = [.. camera[..2], .. comment, .. camera[2..]];
        Assert.Contains((byte)0xE1, JpegWithExif.Markers(camera));

        var clean = JpegSegments.WithMetadata(camera, []);

        Assert.Empty(JpegWithExif.MetadataIn(clean));
        Assert.DoesNotContain((byte)0xFE, JpegWithExif.Markers(clean));
        Assert.Equal(JpegWithExif.Markers(camera).Where(m => m is not (0xE1 or 0xFE)), JpegWithExif.Markers(clean));
        Assert.Equal(camera.Length - JpegSegments.MetadataOf(camera).Sum(s => s.Length), clean.Length);
        using var before = SKBitmap.Decode(camera);
        using var after = SKBitmap.Decode(clean);
        Assert.Equal(before.Bytes, after.Bytes);
    }

    [Fact]
    public void New_metadata_goes_after_the_jfif_header()
    {
        var jpeg = JpegSegments.WithMetadata(JpegWithExif.Create(64, 48, orientation: 1), []);
        byte[] app13 = [0xFF, 0xED, 0x00, 0x04, 0x01, 0x02];

        var withRights = JpegSegments.WithMetadata(jpeg, [app13]);

        Assert.Equal([0xE0, 0xED], JpegWithExif.Markers(withRights).Take(2));
        Assert.Equal(app13, Assert.Single(JpegSegments.MetadataOf(withRights)).ToArray());
        Assert.Equal(jpeg, JpegSegments.WithMetadata(withRights, []));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 0x00 })]
    public void What_is_not_a_whole_jpeg_header_is_refused(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => JpegSegments.WithMetadata(bytes, []));
}
