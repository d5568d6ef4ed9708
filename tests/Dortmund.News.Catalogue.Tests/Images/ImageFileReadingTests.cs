using Dortmund.News.Catalogue.Images;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Images;

/// <summary>The sync reads photos in chunks and their headers only: the results must be those of reading them whole.</summary>
public sealed class ImageFileReadingTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData(64 * 1024 + 1)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void A_file_hashed_in_chunks_has_the_hash_of_its_bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = Path.Combine(_content.Root, "photo.jpg");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(FileHash.Of(bytes), FileHash.OfFile(path));
    }

    [Fact]
    public void A_photo_file_probed_by_its_header_has_its_upright_size()
    {
        // Stored 60×40 with orientation 6 ("rotate 90° clockwise to view"): upright it is 40×60.
        var path = Path.Combine(_content.Root, "gedreht.jpg");
        File.WriteAllBytes(path, JpegWithExif.Create(60, 40, orientation: 6));

        Assert.Equal((40, 60), ImageProbe.SizeOfFile(path));
    }

    [Fact]
    public void A_file_that_is_not_an_image_has_no_size()
    {
        var path = Path.Combine(_content.Root, "kaputt.jpg");
        File.WriteAllText(path, "not a JPEG");

        Assert.Null(ImageProbe.SizeOfFile(path));
    }

    [Fact]
    public void A_missing_file_cannot_be_hashed_or_probed()
    {
        var path = Path.Combine(_content.Root, "fehlt.jpg");

        Assert.ThrowsAny<IOException>(() => FileHash.OfFile(path));
        Assert.ThrowsAny<IOException>(() => ImageProbe.SizeOfFile(path));
    }
}
