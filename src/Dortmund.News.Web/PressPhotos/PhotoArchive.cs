using System.IO.Compression;
using System.Text;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>The ZIP of an article's photos: each download as it is (JPEG does not compress further) and <c>LIZENZ.txt</c>.</summary>
public static class PhotoArchive
{
    /// <summary>Writes the ZIP of <paramref name="article"/> to <paramref name="output"/>; <paramref name="photoFiles"/> are its photos' files, in order.</summary>
    public static void Write(Stream output, ArticlePhotos article, IReadOnlyList<string> photoFiles)
    {
        // Entries dated as the article (ZIP cannot date before 1980), so one article's ZIP has the same bytes wherever it is made.
        var date = new DateTimeOffset(DateTime.SpecifyKind(article.PublishedUtc < new DateTime(1980, 1, 2) ? new DateTime(1980, 1, 2) : article.PublishedUtc,
            DateTimeKind.Utc));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var license = zip.CreateEntry(ArticlePhotos.LicenseFileName, CompressionLevel.Optimal);
        license.LastWriteTime = date;
        using (var text = new StreamWriter(license.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            text.Write(article.LicenseText);
        for (var i = 0; i < article.Photos.Count; i++)
        {
            var entry = zip.CreateEntry(article.Photos[i].FileName, CompressionLevel.NoCompression);
            entry.LastWriteTime = date;
            using var target = entry.Open();
            using var source = File.OpenRead(photoFiles[i]);
            source.CopyTo(target);
        }
    }
}
