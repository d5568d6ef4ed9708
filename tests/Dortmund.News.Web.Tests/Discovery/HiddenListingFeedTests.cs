using System.Net;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>
/// A category, tag or author named only by articles visitors cannot see yet (or any more) must not leak
/// through its feeds: they answer exactly as the listing page does.
/// </summary>
public sealed class HiddenListingFeedTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("entwurf", "2026-01-02", "draft: true\n")]
    [InlineData("geplant", "2099-01-01", "")]
    [InlineData("abgelaufen", "2020-01-02", "expires: 2020-06-01\n")]
    public async Task Feeds_of_a_category_tag_or_author_used_only_by_a_hidden_article_are_404_like_their_pages(
        string name, string date, string hiding)
    {
        _content.WriteArticle("oeffentlich", "Öffentlich", "2026-01-01", extraFrontMatter: "category: Sichtbar\ntags: [Sichtbar]\nauthors: [sichtbar]\n");
        _content.WriteArticle(name, name, date, extraFrontMatter: $"{hiding}category: {name}\ntags: [{name}]\nauthors: [{name}]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        var answers = new List<string>();
        foreach (var listing in (string[])[$"/rubrik/{name}", $"/themen/{name}", $"/autoren/{name}"])
        foreach (var url in (string[])[listing, $"{listing}/feed.xml", $"{listing}/atom.xml"])
            answers.Add($"{url} {(int)(await visitor.GetAsync(url)).StatusCode}");

        Assert.All(answers, answer => Assert.EndsWith(" 404", answer));

        // The public article's listings and feeds are there, so the 404s above are about visibility.
        foreach (var listing in (string[])["/rubrik/sichtbar", "/themen/sichtbar"])
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"{listing}/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task An_author_with_a_profile_but_only_hidden_articles_has_a_page_and_an_empty_feed()
    {
        _content.Write("authors/verborgen.md", "---\nname: Verborgen\n---\nSchreibt noch.\n");
        _content.WriteArticle("geplant", "Geplant", "2099-01-01", extraFrontMatter: "authors: [verborgen]\n");
        await using var site = new SiteFactory(_content);
        var visitor = site.CreateVisitor();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/autoren/verborgen")).StatusCode);
        var feed = await visitor.GetAsync("/autoren/verborgen/feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.DoesNotContain("Geplant", await feed.Content.ReadAsStringAsync());
    }
}
