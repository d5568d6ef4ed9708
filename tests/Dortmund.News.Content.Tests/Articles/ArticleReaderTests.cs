using System.Text;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Articles;

public sealed class ArticleReaderTests
{
    private const string Complete = """
        ---
        title: "Besuch einer Delegation"
        date: 2026-11-12T10:00:00+01:00
        lastmod: 2026-11-13
        expires: 2027-01-01
        authors: [jaeger, "Erika Muster"]
        category: Wirtschaftsförderung International
        tags: [Delegation, Südkorea, Delegation]
        summary: Eine kurze Zusammenfassung.
        slug: Besuch-Südkorea
        aliases: [/alt/besuch, alter-link/]
        draft: true
        image: empfang-1.jpg
        gallery:
          - src: empfang-1.jpg
            caption: WF Empfang
            credit: WF DO / Jäger
            alt: Empfang im Rathaus
          - src: ./bilder/tu.jpg
            caption: TU Dortmund
            credit: WF DO / Jäger
        lang: en
        ---

        ## Erster Abschnitt

        Erster Absatz.
        """;

    [Fact]
    public void Reads_every_front_matter_key()
    {
        var result = ArticleReader.Read("articles/2026/besuch/index.md", Complete);

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("Besuch einer Delegation", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.FromHours(1)), article.Date);
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 0, 0, 0, TimeSpan.FromHours(1)), article.LastModified);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), article.Expires);
        Assert.Equal(["jaeger", "erika-muster"], article.Authors.Select(a => a.Slug));
        Assert.Equal(["jaeger", "Erika Muster"], article.Authors.Select(a => a.Name));
        Assert.Equal("Wirtschaftsförderung International", article.Category);
        Assert.Equal(["Delegation", "Südkorea"], article.Tags);
        Assert.Equal("Eine kurze Zusammenfassung.", article.Summary);
        Assert.Equal("besuch-suedkorea", article.Slug);
        Assert.Equal(["/alt/besuch", "/alter-link"], article.Aliases);
        Assert.True(article.Draft);
        Assert.Equal("articles/2026/besuch/empfang-1.jpg", article.LeadImage?.Path);
        Assert.Equal("en", article.Language);
        Assert.Contains("<h2 id=\"erster-abschnitt\">Erster Abschnitt</h2>", article.Html);
    }

    [Fact]
    public void Gallery_keeps_caption_credit_and_alt_in_order()
    {
        var article = ArticleReader.Read("articles/2026/besuch/index.md", Complete).Value!;

        Assert.Collection(article.Gallery,
            first =>
            {
                Assert.Equal("articles/2026/besuch/empfang-1.jpg", first.Image.Path);
                Assert.Equal(("WF Empfang", "WF DO / Jäger", "Empfang im Rathaus"), (first.Caption, first.Credit, first.Alt));
                Assert.Equal(15, first.Image.Line);
            },
            second =>
            {
                Assert.Equal("articles/2026/besuch/bilder/tu.jpg", second.Image.Path);
                Assert.Equal("TU Dortmund", second.Alt);
            });
    }

    [Fact]
    public void Gallery_image_without_alt_is_a_warning_and_uses_the_caption()
    {
        // German: a translation's entry without alt takes its original's alt instead (TranslatedGalleryTests).
        var result = ArticleReader.Read("articles/2026/besuch/index.md", Complete.Replace("lang: en", "lang: de"));

        var warning = Assert.Single(result.Problems);
        Assert.Equal(("NEWS022", Severity.Warning, 19), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void Date_only_means_midnight_in_Dortmund()
    {
        var article = Read("---\ntitle: A\ndate: 2026-07-01\n---\nText\n");

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), article.Date);
    }

    [Fact]
    public void Date_time_with_offset_is_kept_exactly()
    {
        var article = Read("---\ntitle: A\ndate: 2026-07-01T08:30:00Z\n---\nText\n");

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.Zero), article.Date);
    }

    [Fact]
    public void Missing_date_is_taken_from_the_file_name_prefix_which_is_not_part_of_the_slug()
    {
        var result = ArticleReader.Read("articles/2026-03-04-messe-besuch.md", "---\ntitle: Messe\n---\nText\n");

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.FromHours(1)), result.Value!.Date);
        Assert.Equal("messe-besuch", result.Value.Slug);
    }

    [Fact]
    public void Missing_date_is_taken_from_the_bundle_folder_prefix()
    {
        var article = ArticleReader.Read("articles/2026/2026-03-04-messe/index.md", "---\ntitle: Messe\n---\nText\n").Value!;

        Assert.Equal((2026, 3, 4, "messe"), (article.Date.Year, article.Date.Month, article.Date.Day, article.Slug));
    }

    [Fact]
    public void Slug_defaults_to_the_bundle_folder_transliterated()
    {
        var article = ArticleReader.Read("articles/2026/Grüße aus Köln/index.md", "---\ntitle: A\ndate: 2026-01-01\n---\nText\n").Value!;

        Assert.Equal("gruesse-aus-koeln", article.Slug);
    }

    [Fact]
    public void Summary_defaults_to_the_first_paragraph_after_headings()
    {
        var article = Read("---\ntitle: A\ndate: 2026-01-01\n---\n## Kopf\n\nDer *erste* Absatz.\n\nZweiter.\n");

        Assert.Equal("Der erste Absatz.", article.Summary);
    }

    [Fact]
    public void Author_key_accepts_a_single_name()
    {
        var article = Read("---\ntitle: A\ndate: 2026-01-01\nauthor: Jäger\n---\nText\n");

        Assert.Equal(("jaeger", "Jäger"), (article.Authors[0].Slug, article.Authors[0].Name));
    }

    [Fact]
    public void Missing_title_and_date_are_errors_and_nothing_is_published()
    {
        var result = ArticleReader.Read("articles/ohne.md", "---\ncategory: X\n---\nText\n");

        Assert.Null(result.Value);
        Assert.Equal(["NEWS010", "NEWS010"], result.Problems.Select(p => p.Code));
        Assert.All(result.Problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void Gallery_without_credit_is_an_error_at_the_entry()
    {
        var result = ArticleReader.Read("articles/a.md",
            "---\ntitle: A\ndate: 2026-01-01\ngallery:\n  - src: a.jpg\n    caption: Empfang\n---\nText\n");

        var problem = Assert.Single(result.Problems, p => p.Severity == Severity.Error);
        Assert.Equal("articles/a.md:5:5: error NEWS021: gallery image 'a.jpg' has no credit", problem.ToString());
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("title: A\ndate: 2026-01-01\ntags: [a, b\nslug: x\n", 4)]
    [InlineData("title: A\ndate: 2026-01-01\nsummary: \"offen\nslug: x\n", 4)]
    [InlineData("title: A\ndate: 2026-01-01\n  slug: x\n", 4)]
    public void Yaml_syntax_error_is_reported_at_its_line_in_the_file(string yaml, int line)
    {
        var result = ArticleReader.Read("articles/a.md", "---\n" + yaml + "---\nText\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS004", line), (problem.Code, problem.Line));
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        var problem = Assert.Single(ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ntitle: B\n---\nText\n").Problems);

        Assert.Equal(("NEWS005", 4), (problem.Code, problem.Line));
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported_at_the_value()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: morgen\n---\nText\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS012", 3, 7), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void Tags_that_are_not_a_list_are_a_type_error()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ntags:\n  a: b\n---\nText\n");

        Assert.Equal("NEWS011", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_a_suggestion()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ntitel: B\n---\nText\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NEWS013", Severity.Warning), (problem.Code, problem.Severity));
        Assert.Contains("did you mean 'title'?", problem.Message);
        Assert.NotNull(result.Value);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("https://example.com/a.jpg")]
    [InlineData("C:\\bild.jpg")]
    public void Image_paths_leaving_content_are_rejected(string src)
    {
        var result = ArticleReader.Read("articles/2026/a/index.md",
            $"---\ntitle: A\ndate: 2026-01-01\ngallery:\n  - src: \"{src.Replace("\\", "\\\\")}\"\n    caption: C\n    credit: D\n    alt: E\n---\nText\n");

        Assert.Contains(result.Problems, p => p.Code == "NEWS023");
        Assert.Null(result.Value);
    }

    [Fact]
    public void Utf8_bom_and_crlf_line_endings_just_work()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Grüße\r\ndate: 2026-01-01\r\n---\r\n\r\nText\r\n")).ToArray();

        var result = ArticleReader.Read("articles/a.md", bytes);

        Assert.Empty(result.Problems);
        Assert.Equal("Grüße", result.Value!.Title);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_with_its_location()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: A\ndate: 2026-01-01\n---\nGr").Concat(new byte[] { 0xFC, (byte)'e' }).ToArray();

        var problem = Assert.Single(ArticleReader.Read("articles/a.md", bytes).Problems);

        Assert.Equal(("NEWS001", 5, 3), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        var problem = Assert.Single(ArticleReader.Read("articles/a.md", "Nur Text").Problems);

        Assert.Equal("NEWS003", problem.Code);
    }

    private static Article Read(string text)
    {
        var result = ArticleReader.Read("articles/test.md", text);
        return result.Value ?? throw new Xunit.Sdk.XunitException(string.Join('\n', result.Problems));
    }

    [Fact]
    public void An_empty_key_below_an_empty_value_is_a_located_YAML_error_not_an_exception()
    {
        // YamlDotNet throws ArgumentException ("unsupported event") here; found by the fuzz test.
        var problem = Assert.Single(ArticleReader.Read("articles/a.md", "---\ntitle: A\nauthor: \n : x\ndate: 2026-01-01\n---\nText\n").Problems);

        Assert.Equal(Rules.YamlSyntax.Code, problem.Code);
        Assert.True(problem.Line >= 2, problem.ToString());
    }

    [Fact]
    public void Contacts_are_named_by_file_slug_in_order_each_where_it_is_written()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ncontacts:\n  - Pressestelle\n  - anna-mueller\n  - pressestelle\n---\nText.\n");

        var article = Assert.IsType<Article>(result.Value);
        Assert.Empty(result.Problems);
        Assert.Equal([("pressestelle", "Pressestelle", 5, 5), ("anna-mueller", "anna-mueller", 6, 5)],
            article.Contacts.Select(c => (c.Slug, c.Name, c.Line, c.Column)));
    }

    [Fact]
    public void Without_contacts_the_list_is_empty_and_contacts_must_be_texts()
    {
        Assert.Empty(ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n").Value!.Contacts);

        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ncontacts:\n  name: x\n---\nText.\n");

        Assert.Equal("articles/a.md:5:3: error NEWS011: 'contacts' must be a list, for example [Delegation, Innovation]", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_bad_expiryDate_beside_a_good_expires_is_reported_not_skipped()
    {
        var result = ArticleReader.Read("articles/a.md", "---\ntitle: A\ndate: 2026-01-01\nexpires: 2027-01-01\nexpiryDate: 31.01.2027\n---\nText.\n");

        Assert.Equal("articles/a.md:5:13: error NEWS012: 'expiryDate' is not a date: write 2026-11-12 or 2026-11-12T10:00:00+01:00",
            Assert.Single(result.Problems).ToString());
    }
}
