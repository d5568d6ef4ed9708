using System.Text.RegularExpressions;
using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Attachments;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.Events;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Schema;

namespace Dortmund.News.Content.Tests.Schema;

/// <summary>
/// The schema files in content/.schema are what the generator writes from the declared keys now, and the patterns in
/// them read what the site's parsers read. (SchemaAgreementTests in the catalogue tests runs them against the validator.)
/// </summary>
public sealed class SchemaFilesTests
{
    private static string SchemaFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dortmund.News.sln")))
                folder = folder.Parent;
            return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("repository root not found"), "content", ContentSchemas.Folder);
        }
    }

    [Fact]
    public void The_committed_schema_files_are_exactly_what_the_generator_writes()
    {
        const string Regenerate = "run 'dotnet run --project src/Dortmund.News.Web -- schema' and commit content/.schema/";
        foreach (var schema in ContentSchemas.All)
        {
            var file = Path.Combine(SchemaFolder, schema.FileName);
            Assert.True(File.Exists(file), $"{schema.FileName} is missing: {Regenerate}");
            Assert.True(FrontMatterSchema.Text(schema) == File.ReadAllText(file), $"{schema.FileName} differs from the keys the site reads: {Regenerate}");
        }

        Assert.Equal(ContentSchemas.All.Select(s => s.FileName).Order(), Directory.GetFiles(SchemaFolder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Each_kind_of_file_is_described_by_the_keys_its_reader_knows()
    {
        Assert.Same(ArticleKeys.Set.Names, ArticleReader.KnownKeys);
        Assert.Same(AuthorKeys.Set.Names, AuthorReader.KnownKeys);
        Assert.Same(ContactKeys.Set.Names, ContactReader.KnownKeys);
        Assert.Same(BoilerplateKeys.Set.Names, BoilerplateReader.KnownKeys);
        Assert.Same(EventKeys.Set.Names, EventReader.Keys);
        Assert.Same(AttachmentKeys.Set.Names, AttachmentReader.Keys);
        Assert.Equal(["article", "articleTranslation", "author", "authorTranslation", "contact", "boilerplate"], ContentSchemas.All.Select(s => s.Keys.Name));
        // A translation may leave out what its original gives, but knows no other keys.
        Assert.Equal(ArticleKeys.Set.Names, ArticleKeys.TranslationSet.Keys.Select(k => k.Name));
        Assert.Equal(AuthorKeys.Set.Names, AuthorKeys.TranslationSet.Keys.Select(k => k.Name));
    }

    [Theory]
    [InlineData("2026-11-12")]
    [InlineData("2026-11-12T10:00")]
    [InlineData("2026-11-12T10:00:00")]
    [InlineData("2026-11-12 10:00")]
    [InlineData("2026-11-12 10:00:00")]
    [InlineData("2026-11-12T10:00:00+01:00")]
    [InlineData("2026-11-12T10:00+01:00")]
    [InlineData("2026-11-12T10:00:00.123+01:00")]
    [InlineData("2026-11-12T10:00:00Z")]
    [InlineData("2026-11-12T10:00:00.5Z")]
    [InlineData("12.11.2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-11-32")]
    [InlineData("2026-11-12T24:00")]
    [InlineData("2026-11-12T10:60")]
    [InlineData("2026-11-12T10")]
    [InlineData("2026-11-12T10:00:00+0100")]
    [InlineData("2026-11-12T10:00:00+1:00")]
    [InlineData("2026-11-12T10:00:00+01")]
    [InlineData("2026-11-12T10:00:00+1")]
    [InlineData("2026-11-12T10:00:00+01:0")]
    [InlineData("2026-11-12T10:00:00+011:00")]
    [InlineData("2026-11-12T10:00:00+15:00")]
    [InlineData("2026-11-12T10:00:00-14:00")]
    [InlineData("2026-11-12T10:00:00+14:30")]
    [InlineData("2026-11-12T10:00:00+13:59")]
    [InlineData("2026-11-12T10:00:00+01:60")]
    [InlineData("2026-11-12t10:00:00Z")]
    [InlineData("26-11-12")]
    [InlineData("2026/11/12")]
    [InlineData("")]
    public void The_date_patterns_read_what_the_date_parser_reads(string text)
    {
        var zone = ArticleReader.SiteTimeZone;

        Assert.Equal(IsoDate.Parse(text, zone).Outcome == DateOutcome.Date, Regex.IsMatch(text, $"^(?:{IsoDate.Pattern})$"));
        Assert.Equal(IsoDate.ParseWithOffset(text).Outcome == DateOutcome.Date, Regex.IsMatch(text, $"^(?:{IsoDate.MomentPattern})$"));
    }

    [Theory]
    [InlineData("presse@example.org", true)]
    [InlineData("presse@wirtschaftsförderung.de", true)]
    [InlineData("presse(at)example.org", false)]
    [InlineData("Presse <presse@example.org>", false)]
    public void The_email_pattern_is_the_validators(string text, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(text));
        Assert.Equal(valid, Regex.IsMatch(text, $"^(?:{EmailAddress.PatternText})$"));
    }

    [Theory]
    [InlineData("programm.pdf", true)]
    [InlineData("unterlagen/Programm.PDF", true)]
    [InlineData("daten.Xlsx", true)]
    [InlineData("werkzeug.exe", false)]
    [InlineData("pdf", false)]
    [InlineData("/etc/programm.pdf", false)]
    [InlineData("https://example.org/programm.pdf", false)]
    public void The_attachment_pattern_reads_paths_and_types_as_the_reader_does(string text, bool valid)
    {
        Assert.Equal(valid, ContentPath.Resolve("articles/a/index.md", text) is { } path && AttachmentType.Of(path) is not null);
        Assert.Equal(valid, Regex.IsMatch(text, $"^(?:{AttachmentKeys.Source.Pattern})$"));
    }
}
