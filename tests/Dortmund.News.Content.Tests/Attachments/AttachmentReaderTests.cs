using Dortmund.News.Content.Articles;

namespace Dortmund.News.Content.Tests.Attachments;

public sealed class AttachmentReaderTests
{
    private static ReadResult<Article> Read(string entries) =>
        ArticleReader.Read("articles/2026/messe/index.md", $"---\ntitle: Messe\ndate: 2026-11-02\nattachments:\n{entries}---\n\nText.\n");

    private static string Located(ReadResult<Article> result) =>
        string.Join(" | ", result.Problems.Select(p => $"{p.Line}:{p.Column} {p.Code}"));

    [Fact]
    public void Reads_files_beside_the_article_with_their_type()
    {
        var result = Read("  - src: Pressemappe.PDF\n    title: Pressemappe\n  - src: unterlagen/zahlen.xlsx\n    title: Zahlen 2026\n"
                          + "  - src: ../../shared/fotos.zip\n    title: Fotos\n");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Empty(result.Problems);
        Assert.Equal(["articles/2026/messe/Pressemappe.PDF", "articles/2026/messe/unterlagen/zahlen.xlsx", "articles/shared/fotos.zip"],
            article.Attachments.Select(a => a.Path));
        Assert.Equal(["PDF", "XLSX", "ZIP"], article.Attachments.Select(a => a.Type.Label));
        Assert.Equal(["Pressemappe.PDF", "zahlen.xlsx", "fotos.zip"], article.Attachments.Select(a => a.FileName));
        Assert.Equal("application/pdf", article.Attachments[0].Type.MediaType);
        Assert.Equal((5, 10), (article.Attachments[0].Line, article.Attachments[0].Column));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("https://example.com/mappe.pdf")]
    [InlineData("C:\\\\Windows\\\\mappe.pdf")]
    public void A_path_that_leaves_content_is_a_located_error(string src)
    {
        var result = Read($"  - src: \"{src}\"\n    title: Weg\n");

        Assert.Null(result.Value);
        Assert.Equal("5:10 NEWS072", Located(result));
    }

    [Theory]
    [InlineData("programm.exe")]
    [InlineData("seite.html")]
    [InlineData("mappe.pdf.js")]
    [InlineData("ohne-endung")]
    public void Only_pdf_docx_xlsx_pptx_and_zip_files_are_allowed(string src)
    {
        var result = Read($"  - src: {src}\n    title: Datei\n");

        Assert.Null(result.Value);
        Assert.Equal("5:10 NEWS074", Located(result));
        Assert.Contains("a PDF, DOCX, XLSX, PPTX or ZIP file", result.Problems[0].Message);
    }

    [Fact]
    public void Two_attachments_of_one_file_name_are_a_located_error()
    {
        var result = Read("  - src: mappe.pdf\n    title: A\n  - src: alt/Mappe.pdf\n    title: B\n");

        Assert.Null(result.Value);
        Assert.Equal("7:10 NEWS075", Located(result));
    }

    [Fact]
    public void Missing_src_or_title_and_unknown_keys_are_located()
    {
        var result = Read("  - title: Ohne Datei\n  - src: mappe.pdf\n    titel: Tippfehler\n");

        Assert.Null(result.Value);
        Assert.Equal("5:5 NEWS010 | 7:5 NEWS013 | 6:5 NEWS010", Located(result));
        Assert.Contains("did you mean 'title'?", result.Problems[1].Message);
    }
}
