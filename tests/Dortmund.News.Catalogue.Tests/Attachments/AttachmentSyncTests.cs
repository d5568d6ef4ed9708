using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Attachments;

public sealed class AttachmentSyncTests : IDisposable
{
    private const string Article = "articles/2026/messe/index.md";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteArticle(string attachments, string date = "2026-01-01") =>
        _content.Write(Article, $"---\ntitle: Messe\ndate: {date}\nattachments:\n{attachments}---\n\nText.\n");

    [Fact]
    public async Task Listed_files_are_stored_with_their_length_and_found_by_file_name_only_while_the_article_is_visible()
    {
        _content.Write("articles/2026/messe/Pressemappe.pdf", new byte[1234]);
        _content.Write("articles/2026/messe/nicht-gelistet.pdf", new byte[10]);
        _content.Write("articles/2026/messe/unterlagen/zahlen.xlsx", new byte[2048]);
        WriteArticle("  - src: Pressemappe.pdf\n    title: Pressemappe\n  - src: unterlagen/zahlen.xlsx\n    title: Zahlen\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();

        Assert.Empty(report.Problems);
        var article = await host.QueryAsync(q => q.BySlugAsync("messe", CancellationToken.None));
        Assert.Equal([("Pressemappe.pdf", "Pressemappe", 1234L, "PDF"), ("zahlen.xlsx", "Zahlen", 2048L, "XLSX")],
            article!.Attachments.Select(a => (a.FileName, a.Title, a.Length, a.Type.Label)));
        var found = await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.ShownAsync("messe", "zahlen.xlsx", CancellationToken.None));
        Assert.Equal("articles/2026/messe/unterlagen/zahlen.xlsx", found?.Path);
        Assert.Null(await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.ShownAsync("messe", "nicht-gelistet.pdf", CancellationToken.None)));
        Assert.Null(await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.ShownAsync("messe", "index.md", CancellationToken.None)));

        // Scheduled: its files are found only through its embargo link (slug and source file).
        WriteArticle("  - src: Pressemappe.pdf\n    title: Pressemappe\n", date: "2099-01-01");
        await host.Sync.SyncAsync();
        Assert.Null(await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.ShownAsync("messe", "Pressemappe.pdf", CancellationToken.None)));
        Assert.NotNull(await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.BeforePublicationAsync("messe", Article, "Pressemappe.pdf", CancellationToken.None)));
        Assert.Null(await host.QueryAsync<AttachmentQueries, AttachmentView?>(q => q.BeforePublicationAsync("messe", "articles/anderer.md", "Pressemappe.pdf", CancellationToken.None)));
    }

    [Fact]
    public async Task A_replaced_file_updates_the_length_shown_and_a_removed_one_fails_its_article()
    {
        var pdf = _content.Write("articles/2026/messe/mappe.pdf", new byte[100]);
        WriteArticle("  - src: mappe.pdf\n    title: Mappe\n");
        await using var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();

        _content.Write("articles/2026/messe/mappe.pdf", new byte[5000]);
        await host.Sync.SyncAsync([pdf]); // as the live sync does: only the path the watcher reported
        Assert.Equal(5000, (await host.QueryAsync(q => q.BySlugAsync("messe", CancellationToken.None)))!.Attachments.Single().Length);

        // A live sync of the article alone still knows the file from its record.
        WriteArticle("  - src: mappe.pdf\n    title: Neue Mappe\n");
        var again = await host.Sync.SyncAsync([Path.Combine(_content.ContentPath, Article)]);
        Assert.Empty(again.Problems);
        Assert.Equal("Neue Mappe", (await host.QueryAsync(q => q.BySlugAsync("messe", CancellationToken.None)))!.Attachments.Single().Title);

        File.Delete(pdf);
        var report = await host.Sync.SyncAsync([pdf]);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("NEWS073", 5, 10), (problem.Code, problem.Line, problem.Column));
        // The last good version stays up, with the file it offered gone: the download answers 404 then.
        Assert.Equal(1, await host.DbAsync(db => db.ArticleAttachments.CountAsync()));
    }

    [Fact]
    public async Task A_symlink_leading_outside_content_is_refused_with_a_located_error()
    {
        var outside = Path.Combine(_content.Root, "geheim");
        Directory.CreateDirectory(outside);
        await File.WriteAllBytesAsync(Path.Combine(outside, "geheim.pdf"), new byte[50]);
        await File.WriteAllBytesAsync(Path.Combine(outside, "zweites.pdf"), new byte[50]);
        Directory.CreateDirectory(Path.Combine(_content.ContentPath, "articles/2026/messe"));
        File.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/2026/messe/geheim.pdf"), Path.Combine(outside, "geheim.pdf"));
        Directory.CreateSymbolicLink(Path.Combine(_content.ContentPath, "articles/2026/messe/ordner"), outside);
        WriteArticle("  - src: geheim.pdf\n    title: A\n  - src: ordner/zweites.pdf\n    title: B\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await Catalogue.Validation.ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(["5:10 NEWS073", "7:10 NEWS073"], report.Problems.Select(p => $"{p.Line}:{p.Column} {p.Code}"));
        Assert.Equal(report.Problems.Select(p => p.ToString()), validated.Problems.Select(p => p.ToString()));
        Assert.Equal(0, await host.DbAsync(db => db.SourceFiles.CountAsync(f => f.Path.EndsWith(".pdf"))));
        Assert.Equal(0, await host.DbAsync(db => db.Articles.CountAsync()));
    }
}
