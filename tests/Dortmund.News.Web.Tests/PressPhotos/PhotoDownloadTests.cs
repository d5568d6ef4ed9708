using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Dortmund.News.Testing;
using Dortmund.News.Web.Pages;
using Dortmund.News.Web.Tests.Discovery;
using SkiaSharp;

namespace Dortmund.News.Web.Tests.PressPhotos;

/// <summary>
/// A journalist downloads the gallery photos of an article, one by one or as a ZIP: full resolution, upright, with
/// the rights written into each file and nothing the camera wrote. The photo here comes as cameras write it: stored
/// sideways (EXIF orientation 6), with a GPS position, camera make, model and serial number, comments, a thumbnail,
/// and an older IPTC credit.
/// </summary>
public sealed class PhotoDownloadTests : IDisposable
{
    private const string Slug = "kamerafotos";
    private const string Folder = "articles/2026/kamerafotos";
    private const string ArticleUrl = ReachContent.BaseUrl + "/artikel/" + Slug;
    private const string TermsUrl = ReachContent.BaseUrl + "/presse/bildrechte";
    private const string DefaultLicense = "Honorarfrei zur redaktionellen Berichterstattung mit Nennung des Bildnachweises";
    private const string OwnLicense = "Nur für Berichte über die Messe";
    private const string Upright = $"/artikel/{Slug}/fotos/{Slug}-01-hochformat.jpg";
    private const string Second = $"/artikel/{Slug}/fotos/{Slug}-02-zweites-foto.jpg";
    private const string Zip = $"/artikel/{Slug}/fotos/{Slug}-fotos.zip";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly TempContent _content = new();

    public PhotoDownloadTests()
    {
        // 2400×1600 as stored, left half red: upright (turned 90° clockwise) 1600×2400 with red on top.
        _content.Write($"{Folder}/hochformat.jpg", JpegWithExif.Create(2400, 1600, orientation: 6));
        _content.Write($"{Folder}/Zweites Foto.jpg", JpegWithExif.Create(1200, 800, orientation: 1));
        _content.Write($"{Folder}/index.md", $"""
            ---
            title: Kamerafotos von der Messe
            date: 2026-11-20T09:00:00+01:00
            gallery:
              - src: hochformat.jpg
                caption: Hochformat am Stand
                credit: WF DO / Test
                alt: Ein Foto im Hochformat
              - src: Zweites Foto.jpg
                caption: Zweites Foto
                credit: Messe Dortmund / Muster
                alt: Ein zweites Foto
                license: {OwnLicense}
            ---
            Ein Absatz Text.
            """);
        foreach (var (slug, extra) in new[] { ("entwurf", "draft: true\n"), ("zukunft", "") })
        {
            _content.Write($"articles/2026/{slug}/geheim.jpg", JpegWithExif.Create(64, 48, orientation: 1));
            _content.Write($"articles/2026/{slug}/index.md",
                $"---\ntitle: {slug}\ndate: {(slug == "zukunft" ? "2099-01-01" : "2026-11-19")}\n{extra}gallery:\n  - src: geheim.jpg\n    caption: C\n    credit: K\n    alt: A\n---\nText.\n");
        }
    }

    public void Dispose() => _content.Dispose();

    private SiteFactory Site(string environment = "Production", Dictionary<string, string?>? settings = null) =>
        ReachContent.Site(_content, environment, new FixedClock(Now), settings);

    [ExternalToolFact(ExternalTools.Exiftool)]
    public async Task A_downloaded_photo_carries_its_rights_and_nothing_from_the_camera_as_exiftool_reads_it()
    {
        var original = Path.Combine(_content.ContentPath, Folder, "hochformat.jpg");
        var thumbnail = Path.Combine(_content.Root, "vorschau.jpg");
        await File.WriteAllBytesAsync(thumbnail, JpegWithExif.Create(160, 120, orientation: 1));
        ExifTool.Write(original, "-Make=Canon", "-Model=EOS R5", "-SerialNumber=0815", "-Comment=Kamerakommentar", "-UserComment=Nutzerkommentar",
            $"-ThumbnailImage<={thumbnail}", "-XMP-exif:GPSLatitude=51.51", "-IPTC:City=Dortmund", "-IPTC:Credit=Alter Nachweis");
        var camera = ExifTool.Read(original);
        Assert.Contains("GPS:GPSLatitude", camera.Keys);
        Assert.Equal(("Canon", "Rotate 90 CW"), (camera["IFD0:Make"], camera["IFD0:Orientation"]));
        Assert.Contains("IFD1:ThumbnailImage", camera.Keys);
        Assert.Contains("File:Comment", camera.Keys);
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync(Upright);
        var file = Path.Combine(_content.Root, "download.jpg");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var tags = ExifTool.Read(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", $"{Slug}-01-hochformat.jpg"), (response.Content.Headers.ContentDisposition?.DispositionType,
            response.Content.Headers.ContentDisposition?.FileName));
        // The rights, in IPTC and XMP alike.
        Assert.Equal("WF DO / Test", tags["IPTC:Credit"]);
        Assert.Equal("WF DO / Test", tags["XMP-photoshop:Credit"]);
        Assert.Equal("© WF DO / Test", tags["IPTC:CopyrightNotice"]);
        Assert.Equal("© WF DO / Test", tags["XMP-dc:Rights"]);
        Assert.Equal("Hochformat am Stand", tags["IPTC:Caption-Abstract"]);
        Assert.Equal("Hochformat am Stand", tags["XMP-dc:Description"]);
        Assert.Equal("WF DO / Test", tags["IPTC:By-line"]);
        Assert.Equal("WF DO / Test", tags["XMP-dc:Creator"]);
        Assert.Equal(DefaultLicense, tags["XMP-xmpRights:UsageTerms"]);
        Assert.Equal(TermsUrl, tags["XMP-xmpRights:WebStatement"]);
        Assert.Equal(ArticleUrl, tags["XMP-dc:Relation"]);
        Assert.Contains(ArticleUrl, tags["IPTC:SpecialInstructions"]);
        Assert.Contains(DefaultLicense, tags["IPTC:SpecialInstructions"]);
        Assert.Equal(("Wirtschaftsförderung Dortmund", TermsUrl), (tags["XMP-plus:LicensorName"], tags["XMP-plus:LicensorURL"]));
        Assert.Equal("Kamerafotos von der Messe", tags["IPTC:Headline"]);
        // Nothing from the camera: no EXIF at all (so no GPS, make, serial number, orientation or thumbnail), no comments,
        // not the original's own IPTC.
        var fromCamera = tags.Keys.Where(k => k.StartsWith("GPS", StringComparison.Ordinal) || k.StartsWith("IFD", StringComparison.Ordinal)
                                              || k.StartsWith("ExifIFD", StringComparison.Ordinal) || k.StartsWith("XMP-exif", StringComparison.Ordinal)
                                              || k.StartsWith("MakerNotes", StringComparison.Ordinal) || k.StartsWith("Canon", StringComparison.Ordinal)
                                              || k.Contains("GPS", StringComparison.Ordinal) || k.EndsWith(":Orientation", StringComparison.Ordinal)
                                              || k.EndsWith("Comment", StringComparison.Ordinal) || k.EndsWith(":ThumbnailImage", StringComparison.Ordinal)
                                              || k.EndsWith(":City", StringComparison.Ordinal) || k.StartsWith("ICC", StringComparison.Ordinal)).ToList();
        Assert.True(fromCamera.Count == 0, "from the camera: " + string.Join(", ", fromCamera));
        Assert.DoesNotContain(tags.Values, v => v.Contains("Canon", StringComparison.Ordinal) || v.Contains("Alter Nachweis", StringComparison.Ordinal)
                                                || v.Contains("0815", StringComparison.Ordinal));
        // Upright at full resolution: width and height swapped against the stored pixels, the stored left (red) half now on top.
        Assert.Equal(("1600", "2400"), (tags["File:ImageWidth"], tags["File:ImageHeight"]));
        using var bitmap = SKBitmap.Decode(file);
        Assert.True(bitmap.GetPixel(800, 300).Red > 200 && bitmap.GetPixel(800, 300).Blue < 60, $"top is {bitmap.GetPixel(800, 300)}");
        Assert.True(bitmap.GetPixel(800, 2100).Blue > 200 && bitmap.GetPixel(800, 2100).Red < 60, $"bottom is {bitmap.GetPixel(800, 2100)}");
    }

    [ExternalToolFact(ExternalTools.Exiftool)]
    public async Task A_photo_with_its_own_license_carries_it_and_the_configured_default_reaches_the_others_and_the_terms_page()
    {
        const string configured = "Frei für die Berichterstattung über Dortmund";
        await using var site = Site(settings: new() { ["PressPhotos:License"] = configured });
        var visitor = site.CreateVisitor();

        var own = Path.Combine(_content.Root, "eigene.jpg");
        await File.WriteAllBytesAsync(own, await visitor.GetByteArrayAsync(Second));
        var byDefault = Path.Combine(_content.Root, "standard.jpg");
        await File.WriteAllBytesAsync(byDefault, await visitor.GetByteArrayAsync(Upright));
        var terms = await visitor.GetStringAsync("/presse/bildrechte");

        Assert.Equal(OwnLicense, ExifTool.Read(own)["XMP-xmpRights:UsageTerms"]);
        Assert.Equal("Messe Dortmund / Muster", ExifTool.Read(own)["IPTC:Credit"]);
        Assert.Equal(configured, ExifTool.Read(byDefault)["XMP-xmpRights:UsageTerms"]);
        Assert.Contains(configured, terms);
    }

    [Fact]
    public async Task The_zip_holds_every_photo_as_downloaded_singly_and_a_license_text_naming_each()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var response = await visitor.GetAsync(Zip);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", $"{Slug}-fotos.zip"), (response.Content.Headers.ContentDisposition?.DispositionType,
            response.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal(["LIZENZ.txt", $"{Slug}-01-hochformat.jpg", $"{Slug}-02-zweites-foto.jpg"], zip.Entries.Select(e => e.FullName));
        string license;
        using (var reader = new StreamReader(zip.GetEntry("LIZENZ.txt")!.Open()))
            license = await reader.ReadToEndAsync();
        foreach (var expected in new[]
                 {
                     "Fotos zum Artikel „Kamerafotos von der Messe“", ArticleUrl, TermsUrl,
                     $"{Slug}-01-hochformat.jpg", "Bildunterschrift: Hochformat am Stand", "Bildnachweis: Foto: WF DO / Test",
                     "Urheberrechtshinweis: © WF DO / Test", "Nutzung: " + DefaultLicense,
                     $"{Slug}-02-zweites-foto.jpg", "Bildunterschrift: Zweites Foto", "Bildnachweis: Foto: Messe Dortmund / Muster",
                     "Nutzung: " + OwnLicense,
                 })
            Assert.Contains(expected, license);
        foreach (var (entry, single, width, height) in new[] { (1, Upright, 1600, 2400), (2, Second, 1200, 800) })
        {
            using var bytes = new MemoryStream();
            await using (var stream = zip.Entries[entry].Open())
                await stream.CopyToAsync(bytes);
            Assert.Equal(await visitor.GetByteArrayAsync(single), bytes.ToArray());
            using var bitmap = SKBitmap.Decode(bytes.ToArray());
            Assert.True(bitmap is not null, $"{zip.Entries[entry].FullName} does not open");
            Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        }
    }

    [Fact]
    public async Task The_article_page_links_each_photo_and_the_zip_for_download_with_the_terms()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/artikel/{Slug}"));

        var photos = page.QuerySelectorAll(".gallery a.photo-download").ToList();
        Assert.Equal([Upright, Second], photos.Select(a => a.GetAttribute("href")));
        // Saved under the address's last segment, which Content-Disposition names too.
        Assert.All(photos, a => Assert.Equal("", a.GetAttribute("download")));
        Assert.All(photos, a => Assert.StartsWith("Foto herunterladen", a.TextContent));
        var all = Assert.Single(page.QuerySelectorAll(".gallery a.download-all"));
        Assert.Equal((Zip, ""), (all.GetAttribute("href"), all.GetAttribute("download")));
        Assert.StartsWith("Alle Fotos (ZIP", all.TextContent);
        Assert.NotNull(page.QuerySelector(".gallery .photo-downloads a[href='/presse/bildrechte']"));
        Assert.Equal(["Nutzung: " + OwnLicense], page.QuerySelectorAll(".gallery .photo-license").Select(e => e.TextContent));
        foreach (var href in photos.Append(all).Select(a => a.GetAttribute("href")!))
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
                Assert.Equal(HttpStatusCode.OK, (await visitor.SendAsync(new HttpRequestMessage(method, href))).StatusCode);
        }
    }

    [Fact]
    public async Task The_links_name_each_files_size_once_it_is_made()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        // Nothing made yet (test hosts make downloads only when asked): the links name the type alone.
        var before = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/artikel/{Slug}"));
        var zip = await visitor.GetByteArrayAsync(Zip);
        var upright = await visitor.GetByteArrayAsync(Upright);
        var after = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/artikel/{Slug}"));

        Assert.Equal("Alle Fotos (ZIP)", before.QuerySelector("a.download-all")!.TextContent);
        Assert.EndsWith("(JPEG)", before.QuerySelector("a.photo-download")!.TextContent);
        // Made by that request, and the cached page was evicted for it.
        Assert.Equal($"Alle Fotos (ZIP, {SiteFormat.FileSize(zip.Length)})", after.QuerySelector("a.download-all")!.TextContent);
        Assert.EndsWith($"(JPEG, {SiteFormat.FileSize(upright.Length)})", after.QuerySelector("a.photo-download")!.TextContent);
    }

    [Fact]
    public async Task Only_photos_of_public_articles_under_the_names_the_page_links_are_served()
    {
        // In the editors' preview the draft's page shows, but its photos are not offered or served.
        await using var site = Site("Development");
        var visitor = site.CreateVisitor();

        var draft = await visitor.GetAsync("/artikel/entwurf");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.DoesNotContain("/fotos/", await draft.Content.ReadAsStringAsync());
        foreach (var path in new[]
                 {
                     "/artikel/entwurf/fotos/entwurf-01-geheim.jpg", "/artikel/entwurf/fotos/entwurf-fotos.zip",
                     "/artikel/zukunft/fotos/zukunft-01-geheim.jpg", "/artikel/zukunft/fotos/zukunft-fotos.zip",
                     "/artikel/gibt-es-nicht/fotos/gibt-es-nicht-01-geheim.jpg",
                     // Only the exact names: no other number, case, the original's name, or a path.
                     $"/artikel/{Slug}/fotos/{Slug}-03-hochformat.jpg", $"/artikel/{Slug}/fotos/{Slug}-01-HOCHFORMAT.jpg",
                     $"/artikel/{Slug}/fotos/hochformat.jpg", $"/artikel/{Slug}/fotos/{Slug}-01-hochformat.jpg.zip",
                     $"/artikel/{Slug}/fotos/..%2F..%2Fhochformat.jpg", $"/artikel/{Slug}/fotos/",
                 })
        {
            var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("image/", response.Content.Headers.ContentType?.MediaType ?? "");
        }

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(Upright)).StatusCode);
    }

    [Fact]
    public async Task Json_ld_image_objects_carry_the_licence_the_terms_page_and_the_credit()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/artikel/{Slug}"));
        var article = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement).Single(j => j.GetProperty("@type").GetString() == "NewsArticle");

        var images = article.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal(2, images.Count);
        foreach (var (image, credit) in images.Zip(["WF DO / Test", "Messe Dortmund / Muster"]))
        {
            Assert.Equal(TermsUrl, image.GetProperty("license").GetString());
            Assert.Equal(TermsUrl, image.GetProperty("acquireLicensePage").GetString());
            Assert.Equal(credit, image.GetProperty("creditText").GetString());
            Assert.Equal("© " + credit, image.GetProperty("copyrightNotice").GetString());
            Assert.Equal(("Person", credit), (image.GetProperty("creator").GetProperty("@type").GetString(),
                image.GetProperty("creator").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task The_terms_page_states_the_terms_marks_its_placeholder_and_is_in_the_sitemap_but_downloads_are_not_for_crawlers()
    {
        await using var site = Site();
        var visitor = site.CreateVisitor();

        var terms = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/presse/bildrechte"));
        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        var robots = await visitor.GetStringAsync("/robots.txt");

        Assert.Equal("Bildrechte und Nutzungsbedingungen", terms.QuerySelector("h1")!.TextContent);
        Assert.Contains(DefaultLicense, terms.QuerySelector("main")!.TextContent);
        Assert.StartsWith("Platzhalter:", terms.QuerySelector(".placeholder-note")!.TextContent.Trim());
        Assert.Contains($"<loc>{TermsUrl}</loc>", sitemap);
        Assert.Contains("Disallow: /artikel/*/fotos/\n", robots);
    }
}
