using Dortmund.News.Testing;
using Dortmund.News.Web.Tests.Discovery;

namespace Dortmund.News.Web.Tests.PressPhotos;

/// <summary>After each sync the downloads are made before anybody asks, and the ones no article offers any more are deleted.</summary>
public sealed class PressPhotoBackgroundTests : IDisposable
{
    private const string Folder = "articles/2026/messe";
    private readonly TempContent _content = new();

    public PressPhotoBackgroundTests()
    {
        _content.Write($"{Folder}/stand.jpg", JpegWithExif.Create(800, 600, orientation: 1));
        _content.Write($"{Folder}/halle.jpg", JpegWithExif.Create(600, 800, orientation: 1));
        WriteArticle("WF DO / Test");
    }

    public void Dispose() => _content.Dispose();

    private string Downloads => Path.Combine(_content.Root, "data", "pressefotos");

    private string[] StoredFiles() => Directory.Exists(Downloads) ? Directory.GetFiles(Downloads).Select(f => Path.GetFileName(f)).Order().ToArray() : [];

    private void WriteArticle(string credit) => _content.Write($"{Folder}/index.md", $"""
        ---
        title: Messe
        date: 2026-01-10
        gallery:
          - src: stand.jpg
            caption: Am Stand
            credit: {credit}
            alt: Am Stand
          - src: halle.jpg
            caption: In der Halle
            credit: {credit}
            alt: In der Halle
        ---
        Text.
        """);

    [Fact]
    public async Task After_the_first_sync_every_download_is_made_and_the_page_names_the_sizes_without_anybody_asking()
    {
        await using var site = ReachContent.Site(_content, settings: new() { [TestSiteSettings.PressPhotosInBackgroundKey] = "true" });
        var visitor = site.CreateVisitor();

        await Poll.UntilAsync(() => StoredFiles().Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)) == 3, "two photos and a ZIP made");
        await Poll.UntilAsync(async () => (await visitor.GetStringAsync("/artikel/messe")).Contains("Alle Fotos (ZIP, "),
            "the page names the ZIP's size");

        Assert.Equal(2, StoredFiles().Count(f => f.EndsWith(".jpg", StringComparison.Ordinal)));
        Assert.Single(StoredFiles(), f => f.EndsWith(".zip", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_newest_articles_get_their_downloads_made_ahead_older_ones_when_asked_for()
    {
        _content.Write("articles/2025/archiv/alt.jpg", JpegWithExif.Create(640, 480, orientation: 1));
        _content.Write("articles/2025/archiv/index.md", """
            ---
            title: Archiv
            date: 2025-03-01
            gallery:
              - src: alt.jpg
                caption: Ein älterer Stand
                credit: WF DO / Archiv
                alt: Ein älterer Stand
            ---
            Text.
            """);
        await using var site = ReachContent.Site(_content, settings: new()
        {
            [TestSiteSettings.PressPhotosInBackgroundKey] = "true",
            ["PressPhotos:MadeAheadForNewest"] = "1",
        });
        var visitor = site.CreateVisitor();

        await Poll.UntilAsync(() => StoredFiles().Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)) == 3, "the newest article's two photos and ZIP made");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(3, StoredFiles().Length);
        Assert.DoesNotContain(StoredFiles(), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        Assert.NotEmpty(await visitor.GetByteArrayAsync("/artikel/archiv/fotos/archiv-fotos.zip"));
        Assert.Equal(5, StoredFiles().Length);
    }

    [Fact]
    public async Task When_a_credit_changes_the_background_makes_the_new_files_and_deletes_the_old()
    {
        await using var site = ReachContent.Site(_content, settings: new() { [TestSiteSettings.PressPhotosInBackgroundKey] = "true" });
        site.CreateVisitor();
        await Poll.UntilAsync(() => StoredFiles().Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)) == 3, "two photos and a ZIP made");
        var before = StoredFiles();

        WriteArticle("WF DO / Anders");
        await site.SyncAsync();

        await Poll.UntilAsync(() => StoredFiles().Length == 3 && !StoredFiles().Intersect(before).Any(), "the new files made and the old deleted");
    }

    [Fact]
    public async Task Downloads_whose_rights_changed_or_whose_article_is_gone_are_deleted_after_the_sync()
    {
        await using var site = ReachContent.Site(_content);
        var visitor = site.CreateVisitor();
        await visitor.GetByteArrayAsync("/artikel/messe/fotos/messe-fotos.zip");
        var before = StoredFiles();
        Assert.Equal(3, before.Length);

        WriteArticle("WF DO / Anders");
        await site.SyncAsync();
        await Poll.UntilAsync(() => StoredFiles().Length == 0, "the files with the old credit deleted");
        var made = await visitor.GetByteArrayAsync("/artikel/messe/fotos/messe-02-halle.jpg");
        Assert.NotEmpty(made);
        var after = StoredFiles();

        // The same photo, another credit: another file of the same image.
        var halle = Assert.Single(after);
        Assert.DoesNotContain(halle, before);
        Assert.Contains(before, f => f[..64] == halle[..64]);

        _content.Delete($"{Folder}/index.md");
        await site.SyncAsync();
        await Poll.UntilAsync(() => StoredFiles().Length == 0, "the files of the deleted article deleted");
    }
}
