using Dortmund.News.Testing;
using Dortmund.News.Catalogue.Validation;
using static Dortmund.News.Catalogue.Tests.Validation.ParsedArticles;

namespace Dortmund.News.Catalogue.Tests.Validation;

/// <summary>Which file owns which article URL: the rules the validator and the sync share.</summary>
public sealed class UrlOwnershipTests
{
    private readonly UrlOwnership _urls = new(new ArticleUrls(TempContent.ArticlePathPrefix));

    [Fact]
    public void A_claimed_slug_is_refused_to_a_second_file_at_its_slug_line_naming_the_owner()
    {
        Assert.True(_urls.TryClaim(Article("erster", "gleich")));
        var second = Article("zweiter", "gleich");

        Assert.False(_urls.TryClaim(second));

        Assert.Null(second.Article);
        Assert.Equal(
            "articles/zweiter.md:4:7: error NEWS040: slug 'gleich' is already used by articles/erster.md: set a different 'slug:' in one of the two files",
            Assert.Single(second.Problems).ToString());
    }

    [Fact]
    public void A_claimed_alias_belongs_to_its_file_and_a_slug_naming_it_is_refused()
    {
        Assert.True(_urls.TryClaim(Article("erster", "erster", aliases: ["/artikel/alt"])));
        var second = Article("zweiter", "alt");

        Assert.False(_urls.TryClaim(second));

        Assert.Equal("articles/erster.md", _urls.AliasOwner("/artikel/alt"));
        Assert.StartsWith("articles/zweiter.md:4:7: error NEWS041: URL '/artikel/alt' is already an alias of articles/erster.md",
            Assert.Single(second.Problems).ToString());
    }

    [Fact]
    public void An_alias_naming_another_articles_page_is_refused_at_the_alias_and_the_file_claims_nothing()
    {
        Assert.True(_urls.TryClaim(Article("erster", "erster")));
        var second = Article("zweiter", "zweiter", aliases: ["/artikel/frei", "/artikel/erster"]);

        Assert.False(_urls.TryClaim(second));

        Assert.StartsWith("articles/zweiter.md:7:5: error NEWS041: alias '/artikel/erster' is already the URL of articles/erster.md",
            Assert.Single(second.Problems).ToString());
        Assert.Null(_urls.AliasOwner("/artikel/frei"));
        Assert.True(_urls.TryClaim(Article("dritter", "zweiter")));
    }

    [Fact]
    public void Urls_owned_elsewhere_count_as_taken_naming_the_owner_here_first()
    {
        var reserved = new UrlOwnership(new ArticleUrls(TempContent.ArticlePathPrefix));
        reserved.Keep("articles/reserviert.md", "/artikel/gleich", ["/artikel/alt"]);
        _urls.Keep("articles/fest.md", "/artikel/gleich", []);
        var file = Article("neu", "gleich");
        var other = Article("anderer", "anderer", aliases: ["/artikel/alt"]);

        Assert.False(_urls.TryClaim(file, alsoTaken: reserved));
        Assert.False(_urls.TryClaim(other, alsoTaken: reserved));

        Assert.Contains("already used by articles/fest.md", Assert.Single(file.Problems).Message);
        Assert.Contains("already the URL of articles/reserviert.md", Assert.Single(other.Problems).Message);
        Assert.True(reserved.OwnsAnyUrlOf(Article("dritter", "dritter", aliases: ["/artikel/alt"]).Article!));
        Assert.False(reserved.OwnsAnyUrlOf(Article("vierter", "vierter").Article!));
    }

    [Fact]
    public void A_released_slug_and_its_aliases_are_free_again()
    {
        _urls.Keep("articles/alt.md", "/artikel/gleich", ["/artikel/frueher"]);

        _urls.Release("/artikel/gleich", ["/artikel/frueher"]);

        Assert.True(_urls.TryClaim(Article("neu", "gleich", aliases: ["/artikel/frueher"])));
        Assert.Equal("articles/neu.md", _urls.AliasOwner("/artikel/frueher"));
    }

    [Fact]
    public void Links_resolve_to_owned_slugs_and_aliases_whatever_their_query_fragment_or_trailing_slash()
    {
        _urls.Keep("articles/ziel.md", "/artikel/ziel", ["/artikel/frueher"]);
        var file = Article("verweis", "verweis",
            body: "[a](/artikel/ziel/) [b](/artikel/ziel?x=1#teil) [c](/artikel/frueher) [d](/themen/hafen) [e](https://example.org/artikel/fehlt)");

        Assert.True(_urls.LinksResolve(file));
        _urls.CheckLinks(file);

        Assert.NotNull(file.Article);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void A_link_no_article_answers_fails_at_the_link_suggesting_the_closest_slug()
    {
        _urls.Keep("articles/hafen.md", "/artikel/hafenfest-2026", []);
        var file = Article("verweis", "verweis", body: "Siehe [Fest](/artikel/hafenfest-2025) und [weg](/artikel/gibt-es-nicht).");

        Assert.False(_urls.LinksResolve(file));
        _urls.CheckLinks(file);

        Assert.Null(file.Article);
        Assert.Equal(
            [
                "NEWS042: link to '/artikel/hafenfest-2025' matches no article; did you mean '/artikel/hafenfest-2026'?",
                "NEWS042: link to '/artikel/gibt-es-nicht' matches no article: check the address",
            ],
            file.Problems.Select(p => $"{p.Code}: {p.Message}"));
    }
}
