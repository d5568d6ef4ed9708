using Dortmund.News.Import.Bodies;
using Dortmund.News.Import.Posts;
using Dortmund.News.Import.SourceText;

namespace Dortmund.News.Web.Tests.Import;

/// <summary>How the importer reads what old sites wrote: front matter as their generators accepted it, dates in their formats, author strings.</summary>
public sealed class ImportReadingTests
{
    [Fact]
    public void A_reference_leads_only_to_an_image_inside_the_source_folder()
    {
        var root = Directory.CreateTempSubdirectory("import-source-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(root, "steuer.pdf"), [1]);
            File.WriteAllBytes(Path.Combine(root, "foto.jpg"), [1]);
            var outside = Path.Combine(Path.GetDirectoryName(root)!, Path.GetFileName(root) + "-daneben.jpg");
            File.WriteAllBytes(outside, [1]);

            Assert.Null(SourceFiles.FirstImage(root, Path.Combine(root, "steuer.pdf")));
            Assert.Null(SourceFiles.FirstImage(root, outside, Path.Combine(root, "fehlt.jpg")));
            Assert.Equal(Path.Combine(root, "foto.jpg"), SourceFiles.FirstImage(root, Path.Combine(root, "steuer.pdf"), Path.Combine(root, "foto.jpg")));
            File.Delete(outside);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_key_given_twice_keeps_the_later_value_and_remembers_the_earlier()
    {
        var map = LooseYaml.Load("title: Erster\ntags:\n - a\n - b\ntitle: Zweiter\t\t\n", firstLine: 2);

        Assert.Equal("Zweiter", map.Text("title"));
        Assert.Equal(["a", "b"], map.TextList("tags"));
        var duplicate = Assert.Single(map.Duplicates);
        Assert.Equal(("title", "Erster", 2), (duplicate.Key, duplicate.Value, duplicate.Line));
        Assert.Equal(6, map.LineOf("title"));
    }

    [Fact]
    public void Toml_front_matter_reads_into_the_same_fields_with_their_lines()
    {
        var document = SourceDocument.Parse("+++\ntitle = \"Messe\"\ndate = 2021-05-10T09:30:00+02:00\ntags = [\"a\", \"b\"]\n[params]\n  credit = \"X\"\n+++\nText\n").Document!;

        Assert.Equal("Messe", document.FrontMatter.Text("title"));
        Assert.Equal("2021-05-10T09:30:00+02:00", SourceDate.Parse(document.FrontMatter.Text("date"))!.Text);
        Assert.Equal(["a", "b"], document.FrontMatter.TextList("tags"));
        Assert.Equal("X", ((FieldMap)document.FrontMatter.Take("params")!).Text("credit"));
        Assert.Equal(3, document.FrontMatter.LineOf("date"));
        Assert.Equal(8, document.BodyLine);
    }

    [Theory]
    [InlineData("2021-03-04", "2021-03-04")]
    [InlineData("2021-03-04T10:00:00+01:00", "2021-03-04T10:00:00+01:00")]
    [InlineData("2021-03-04T09:00:00Z", "2021-03-04T09:00:00+00:00")]
    [InlineData("2020-05-06 10:15:00 +0200", "2020-05-06T10:15:00+02:00")] // Jekyll
    [InlineData("2021-03-04 10:00", "2021-03-04T10:00:00")]
    [InlineData("Tue, 14 May 2019 08:00:00 +0000", "2019-05-14T08:00:00+00:00")] // RSS pubDate
    [InlineData("2021-09-31", null)] // no real day
    [InlineData("0001-01-01", null)] // Hugo's placeholder
    [InlineData("gestern", null)]
    public void Dates_in_the_old_sites_formats_are_written_as_the_site_reads_them(string text, string? expected) =>
        Assert.Equal(expected, SourceDate.Parse(text)?.Text);

    [Theory]
    [InlineData("Niklas Alt, Johannes Wagner", new[] { "Niklas Alt", "Johannes Wagner" })]
    [InlineData("Niklas Alt und Johannes Wagner", new[] { "Niklas Alt", "Johannes Wagner" })]
    [InlineData("Alt & Wagner; Jäger", new[] { "Alt", "Wagner", "Jäger" })]
    [InlineData("Undine Sand", new[] { "Undine Sand" })]
    public void Several_authors_in_one_text_are_separate_authors(string text, string[] expected) =>
        Assert.Equal(expected, AuthorNames.Split([text]));

    [Fact]
    public void Written_values_are_quoted_so_any_text_reads_back_the_same()
    {
        Assert.Equal("\"Titel: mit \\\"Zitat\\\" und \\\\\"", FlowYaml.Quote("Titel: mit \"Zitat\" und \\"));
        var map = LooseYaml.Load("a: " + FlowYaml.Quote("Zeile 1\nZeile 2: #kein Kommentar") + "\n", 1);
        Assert.Equal("Zeile 1\nZeile 2: #kein Kommentar", map.Text("a"));
    }
}
