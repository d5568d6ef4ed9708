using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;
using Microsoft.Extensions.Options;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// What an article's photo downloads are called and what they carry: the same for the page that links them, the
/// address that serves them and the background that makes them, so all three name the same files. Absolute URLs
/// come from <c>Site:BaseUrl</c> only: the files are made once for every visitor, so no request's host may decide them.
/// </summary>
public sealed class PressPhotoDownloads(IOptions<PressPhotoOptions> options, SiteUrls urls)
{
    // Part of every stored name: raise it when the files' layout changes, and every download is made anew.
    private const string FormatVersion = "1";

    private readonly PressPhotoOptions _options = options.Value;

    /// <summary>The licence of photos that name none.</summary>
    public string DefaultLicense => _options.License;

    /// <summary>Who grants the licence.</summary>
    public string Licensor => _options.Licensor;

    /// <summary>The downloads of <paramref name="article"/>: every gallery photo that has variants (the ones the page shows), numbered as the page numbers them.</summary>
    public ArticlePhotos Of(PressPhotoArticle article)
    {
        var articleUrl = Absolute(SiteRoutes.ArticlePrefix + article.Slug);
        var termsUrl = urls.Configured is null ? null : Absolute(SiteRoutes.PhotoTerms);
        var shown = article.Gallery.Where(g => g.Hash is not null && g.Width > 0 && g.Height > 0).ToList();
        var digits = Math.Max(2, shown.Count.ToString(CultureInfo.InvariantCulture).Length);
        var photos = shown.Select((photo, i) =>
        {
            var rights = new PhotoRights(photo.Caption, photo.Credit, photo.Credit, PhotoRights.CopyrightNoticeOf(photo.Credit), photo.License ?? _options.License,
                article.Title, _options.Licensor, articleUrl, termsUrl);
            var stem = SlugText.From(Path.GetFileNameWithoutExtension(photo.Path)) is { Length: > 0 } s ? s : "foto";
            var number = i + 1;
            return new PressPhoto(photo.Position, $"{article.Slug}-{number.ToString(new string('0', digits), CultureInfo.InvariantCulture)}-{stem}.jpg",
                photo.Path, photo.Hash!, rights, $"{photo.Hash}-{Hash(FormatVersion, rights.Fingerprint)}.jpg");
        }).ToList();

        var licenseText = PhotoLicenseText.For(article, photos, articleUrl, termsUrl);
        var archiveName = Hash([FormatVersion, article.Slug, licenseText, .. photos.SelectMany(p => (string[])[p.FileName, p.StoredName])]) + ".zip";
        return new ArticlePhotos(article.Slug, article.PublishedUtc, photos, $"{article.Slug}-fotos.zip", licenseText, archiveName);
    }

    /// <summary>The downloads of an article page's article.</summary>
    public ArticlePhotos Of(ArticleView article) => Of(new PressPhotoArticle(article.Slug, article.Title, article.PublishedUtc, article.Gallery));

    private string Absolute(string path) => urls.Configured is { } origin ? new Uri(origin, path.TrimStart('/')).AbsoluteUri : path;

    // 128 bits of SHA-256 over the parts, each ended by a separator no content text holds.
    private static string Hash(params IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
            text.Append(part).Append('\u001e');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
