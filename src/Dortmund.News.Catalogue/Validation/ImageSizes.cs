namespace Dortmund.News.Catalogue.Validation;

/// <summary>An image's pixel size, as shown upright.</summary>
internal readonly record struct ImageSize(int Width, int Height)
{
    public static ImageSize? From((int Width, int Height)? probed) => probed is { } size ? new ImageSize(size.Width, size.Height) : null;
}

/// <summary>
/// The images under content/ by content-relative path, each with its size, or without one when it
/// is not a readable image: an article naming a path not here fails with NEWS024, one naming an
/// image without a size with NEWS025.
/// </summary>
internal sealed class ImageSizes
{
    private readonly Dictionary<string, ImageSize?> _sizes;

    public ImageSizes(IEnumerable<KeyValuePair<string, ImageSize?>> sizes) => _sizes = new(sizes, StringComparer.Ordinal);

    /// <summary>Whether there is an image file at <paramref name="path"/>, readable or not.</summary>
    public bool Contains(string path) => _sizes.ContainsKey(path);

    /// <summary>The size of the image at <paramref name="path"/>; null when there is none or it is not readable.</summary>
    public ImageSize? SizeOf(string path) => _sizes.GetValueOrDefault(path);

    /// <summary>Images whose pixels turned out not to decode count as unreadable from now on.</summary>
    public void MarkUnreadable(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            _sizes[path] = null;
    }
}
