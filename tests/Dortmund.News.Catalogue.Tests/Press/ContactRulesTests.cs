using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Press;

/// <summary>The rules on press contacts that involve more than one file, as the validator and the sync apply them.</summary>
public sealed class ContactRulesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_second_default_contact_fails_at_its_default_line_naming_the_first()
    {
        _content.WriteContact("a-presse", "Anna", isDefault: true);
        _content.WriteContact("b-presse", "Ben", isDefault: true);
        _content.WriteContact("c-presse", "Cem");

        var report = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(
            "contacts/b-presse.md:7:10: error NEWS034: contacts/a-presse.md is the default contact already: remove 'default: true' from one of the two files",
            Assert.Single(report.Problems).ToString());
    }

    [Fact]
    public async Task A_contact_an_article_names_without_a_file_is_a_warning_at_its_list_item()
    {
        _content.WriteContact("presse", "Anna");
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "contacts:\n  - presse\n  - Erika Muster\n");

        var report = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(
            "articles/a.md:6:5: warning NEWS031: press contact 'Erika Muster' has no contact file contacts/erika-muster.md; not shown "
            + "(without any known contact the default contact is)",
            Assert.Single(report.Problems).ToString());
    }

    [Fact]
    public async Task The_sync_reports_the_same_and_keeps_the_first_default()
    {
        _content.WriteContact("a-presse", "Anna", isDefault: true);
        _content.WriteContact("b-presse", "Ben", isDefault: true);
        _content.WriteArticle("a", "A", "2026-01-01", extraFrontMatter: "contacts: [unbekannt]\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        Assert.Equal(validated.Problems.Select(p => p.ToString()), report.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
        var article = await host.QueryAsync(q => q.BySlugAsync("a", CancellationToken.None));
        Assert.Equal("Anna", Assert.Single(article!.Contacts).Name);
    }
}
