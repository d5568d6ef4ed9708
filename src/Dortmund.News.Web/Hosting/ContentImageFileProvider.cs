using Dortmund.News.Catalogue.Sync;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Hosting;

/// <summary>
/// The content folder as static files, minus anything a symbolic link leads outside of it and
/// anything hidden. Directory listings are never offered.
/// </summary>
internal sealed class ContentImageFileProvider(string contentRoot) : IFileProvider
{
    private readonly PhysicalFileProvider _files = new(contentRoot);

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = _files.GetFileInfo(subpath);
        return file is { Exists: true, IsDirectory: false, PhysicalPath: { } path } && ContentBoundary.Contains(contentRoot, path)
            ? file
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
