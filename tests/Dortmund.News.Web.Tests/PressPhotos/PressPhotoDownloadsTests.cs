using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.PressPhotos;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Tests.PressPhotos;

/// <summary>What an article's downloads are called and carry: the rights, the default licence, the names that decide the files.</summary>
public sealed class PressPhotoDownloadsTests
{
    private const string Default = "Honorarfrei zur redaktionellen Berichterstattung mit Nennung des Bildnachweises";
    private static readonly DateTime Published = new(2026, 11, 12, 9, 0, 0, DateTimeKind.Utc);

    private static PressPhotoDownloads Downloads(string baseUrl = "https://news.example", string? license = null) => new(
        Options.Create(license is null ? new PressPhotoOptions() : new PressPhotoOptions { License = license }),
        new SiteUrls(Options.Create(new SiteOptions { BaseUrl = baseUrl })));

    private static GalleryImageView Photo(int position, string path, string? hash = "a1", string credit = "WF DO / Jäger", string? license = null,
        string caption = "Empfang") =>
        new(position, path, caption, credit, "Alt", 1600, 1067, hash, license);

    private static PressPhotoArticle Article(string slug, params GalleryImageView[] gallery) => new(slug, "Besuch aus Südkorea", Published, gallery);

    [Fact]
    public void Each_photo_carries_caption_credit_copyright_the_article_and_the_terms_and_the_default_licence_unless_it_names_its_own()
    {
        var photos = Downloads().Of(Article("besuch", Photo(0, "articles/2026/besuch/a.jpg"),
            Photo(1, "articles/2026/besuch/b.jpg", "b2", "Messe / Muster", "Nur für Messeberichte")));

        Assert.Equal(new PhotoRights("Empfang", "WF DO / Jäger", "WF DO / Jäger", "© WF DO / Jäger", Default, "Besuch aus Südkorea",
            "Wirtschaftsförderung Dortmund", "https://news.example/artikel/besuch", "https://news.example/presse/bildrechte"), photos.Photos[0].Rights);
        Assert.Equal(("Nur für Messeberichte", "Messe / Muster", "© Messe / Muster"),
            (photos.Photos[1].Rights.UsageTerms, photos.Photos[1].Rights.Credit, photos.Photos[1].Rights.CopyrightNotice));
        Assert.Equal($"{Default}. Bildnachweis: „Foto: WF DO / Jäger“. Zum Artikel: https://news.example/artikel/besuch. "
                     + "Bildrechte: https://news.example/presse/bildrechte", photos.Photos[0].Rights.Instructions);
    }

    [Fact]
    public void The_default_licence_comes_from_configuration()
    {
        var photos = Downloads(license: "Frei für Berichte über Dortmund.").Of(Article("besuch", Photo(0, "articles/2026/besuch/a.jpg")));

        Assert.Equal("Frei für Berichte über Dortmund.", photos.Photos[0].Rights.UsageTerms);
        Assert.StartsWith("Frei für Berichte über Dortmund. Bildnachweis:", photos.Photos[0].Rights.Instructions);
    }

    [Fact]
    public void Without_a_base_url_no_request_decides_the_urls_inside_the_files()
    {
        var photo = Downloads(baseUrl: "").Of(Article("besuch", Photo(0, "articles/2026/besuch/a.jpg"))).Photos[0];

        Assert.Equal(("/artikel/besuch", null), (photo.Rights.ArticleUrl, photo.Rights.TermsUrl));
        Assert.EndsWith("Zum Artikel: /artikel/besuch", photo.Rights.Instructions);
    }

    [Fact]
    public void Files_are_named_by_slug_number_as_the_page_counts_and_the_originals_name()
    {
        var photos = Downloads().Of(Article("besuch",
            Photo(0, "articles/2026/besuch/Empfang im Rathaus.JPG"),
            Photo(1, "articles/2026/besuch/kaputt.jpg", hash: null),
            Photo(2, "articles/2026/besuch/Größe_2.png", hash: "c3"),
            Photo(3, "articles/2026/besuch/___.jpg", hash: "d4")));

        Assert.Equal(["besuch-01-empfang-im-rathaus.jpg", "besuch-02-groesse-2.jpg", "besuch-03-foto.jpg"], photos.Photos.Select(p => p.FileName));
        Assert.Equal([0, 2, 3], photos.Photos.Select(p => p.Position));
        Assert.Equal("besuch-fotos.zip", photos.ArchiveFileName);
        Assert.Same(photos.Photos[1], photos.PhotoNamed("besuch-02-groesse-2.jpg"));
        Assert.Null(photos.PhotoNamed("Größe_2.png"));
    }

    [Fact]
    public void Numbers_have_as_many_digits_as_the_last_one()
    {
        var gallery = Enumerable.Range(0, 120).Select(i => Photo(i, $"articles/2026/besuch/f{i}.jpg", hash: $"h{i}")).ToArray();

        var names = Downloads().Of(Article("besuch", gallery)).Photos.Select(p => p.FileName).ToList();

        Assert.Equal(("besuch-001-f0.jpg", "besuch-120-f119.jpg"), (names[0], names[^1]));
    }

    [Fact]
    public void A_stored_file_is_named_by_its_image_and_everything_written_into_it()
    {
        static string Stored(PressPhotoDownloads downloads, string slug, GalleryImageView photo) => downloads.Of(Article(slug, photo)).Photos[0].StoredName;
        var downloads = Downloads();
        var photo = Photo(0, "articles/2026/besuch/a.jpg", hash: "a1");
        var stored = Stored(downloads, "besuch", photo);

        Assert.StartsWith("a1-", stored);
        Assert.EndsWith(".jpg", stored);
        Assert.Equal(stored, Stored(Downloads(), "besuch", photo with { Position = 3, Alt = "anders", Path = "articles/2026/besuch/anders.jpg" }));
        // The same image in another article (another URL), or with another credit, caption, licence, default or site: other bytes, another file.
        Assert.Equal(6, new[]
        {
            stored,
            Stored(downloads, "anderer-artikel", photo),
            Stored(downloads, "besuch", photo with { Credit = "Anders" }),
            Stored(downloads, "besuch", photo with { Caption = "Anders" }),
            Stored(downloads, "besuch", photo with { License = Default + "!" }),
            Stored(Downloads(license: "Anders"), "besuch", photo),
        }.Distinct().Count());
        Assert.NotEqual(stored, Stored(Downloads(baseUrl: "https://dortmund.news"), "besuch", photo));
        Assert.NotEqual(stored, Stored(downloads, "besuch", photo with { Hash = "b2" }));
    }

    [Fact]
    public void The_zip_is_named_by_everything_in_it()
    {
        var downloads = Downloads();
        var first = Photo(0, "articles/2026/besuch/a.jpg", hash: "a1");
        var second = Photo(1, "articles/2026/besuch/b.jpg", hash: "b2");
        var zip = downloads.Of(Article("besuch", first, second)).ArchiveStoredName;

        Assert.EndsWith(".zip", zip);
        Assert.Equal(zip, Downloads().Of(Article("besuch", first, second)).ArchiveStoredName);
        Assert.Equal(5, new[]
        {
            zip,
            downloads.Of(Article("besuch", first)).ArchiveStoredName,
            downloads.Of(Article("besuch", first, second with { Hash = "c3" })).ArchiveStoredName,
            downloads.Of(Article("besuch", first, second with { Credit = "Anders" })).ArchiveStoredName,
            downloads.Of(Article("besuch", first, second with { Path = "articles/2026/besuch/c.jpg" })).ArchiveStoredName,
        }.Distinct().Count());
    }

    [Fact]
    public void The_license_text_names_the_article_the_terms_and_each_photos_file_caption_credit_and_licence()
    {
        var photos = Downloads().Of(Article("besuch", Photo(0, "articles/2026/besuch/a.jpg"),
            Photo(1, "articles/2026/besuch/b.jpg", "b2", "Messe / Muster", "Nur für Messeberichte", "Rundgang")));

        Assert.Equal(string.Join("\r\n",
            "Fotos zum Artikel „Besuch aus Südkorea“",
            "https://news.example/artikel/besuch (veröffentlicht am 12. November 2026)",
            "",
            "Die Rechte stehen auch in jeder Bilddatei (IPTC und XMP: Bildnachweis, Urheberrechtshinweis, Bildunterschrift, Nutzungsbedingungen).",
            "Bei jeder Veröffentlichung ist der Bildnachweis so zu nennen, wie er unten steht.",
            "Bildrechte und Nutzungsbedingungen: https://news.example/presse/bildrechte",
            "",
            "besuch-01-a.jpg",
            "  Bildunterschrift: Empfang",
            "  Bildnachweis: Foto: WF DO / Jäger",
            "  Urheberrechtshinweis: © WF DO / Jäger",
            "  Nutzung: " + Default,
            "",
            "besuch-02-b.jpg",
            "  Bildunterschrift: Rundgang",
            "  Bildnachweis: Foto: Messe / Muster",
            "  Urheberrechtshinweis: © Messe / Muster",
            "  Nutzung: Nur für Messeberichte",
            ""), photos.LicenseText);
    }
}
