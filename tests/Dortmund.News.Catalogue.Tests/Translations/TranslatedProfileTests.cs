using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Translations;
using Dortmund.News.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Tests.Translations;

/// <summary>authors/&lt;slug&gt;.en.md: the English bio and role of the author of authors/&lt;slug&gt;.md.</summary>
public sealed class TranslatedProfileTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_english_author_page_and_bylines_show_the_english_bio_and_role_and_never_the_german_one()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jan Jäger\nrole: Pressesprecher\n---\n\nDeutsche Biografie.\n");
        _content.Write("authors/jaeger.en.md", "---\nrole: Press officer\n---\n\nEnglish biography.\n");
        _content.Write("authors/muster.md", "---\nname: Erika Muster\n---\n\nNur deutsch.\n");
        _content.WriteGerman("besuch", "Besuch", "2026-11-12", "authors: [jaeger, muster]\n");
        _content.WriteEnglish("besuch", "Visit", "2026-11-12", "authors: [jaeger, muster]\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var english = await host.QueryAsync(q => q.AuthorAsync(Languages.English, "jaeger", 1, None));
        var german = await host.QueryAsync(q => q.AuthorAsync("jaeger", 1, None));
        var visit = await host.QueryAsync(q => q.BySlugAsync(Languages.English, "besuch", None));

        Assert.Empty(report.Problems);
        Assert.Equal(("Jan Jäger", "Press officer", "English biography."), (english!.Name, english.Role, Text(english.BioHtml)));
        Assert.Equal(["Visit"], english.Articles.Items.Select(a => a.Title));
        Assert.Equal(("Pressesprecher", "Deutsche Biografie."), (german!.Role, Text(german.BioHtml)));
        Assert.Equal([("Press officer", "English biography."), (null, "")], visit!.Authors.Select(a => (a.Role, Text(a.BioHtml ?? ""))));
        Assert.Equal(2, await host.DbAsync(db => db.Authors.CountAsync()));
    }

    [Fact]
    public async Task A_translated_profile_without_the_german_one_is_an_error()
    {
        _content.Write("authors/niemand.en.md", "---\nrole: Nobody\n---\n\nBio.\n");
        await using var host = await CatalogueHost.StartAsync(_content);

        var report = await host.Sync.SyncAsync();
        var validated = await ContentValidator.ValidateAsync(_content.ContentPath, TempContent.ArticlePathPrefix);

        const string expected = "authors/niemand.en.md:1:1: error NEWS086: there is no German profile authors/niemand.md: a translated profile gives the bio of an author who has one";
        Assert.Equal(expected, Assert.Single(report.Problems).ToString());
        Assert.Equal(expected, Assert.Single(validated.Problems).ToString());
        Assert.Equal(0, await host.DbAsync(db => db.AuthorTranslations.CountAsync()));
    }

    private static string Text(string html) => html.Replace("<p>", "").Replace("</p>", "").Trim();
}
