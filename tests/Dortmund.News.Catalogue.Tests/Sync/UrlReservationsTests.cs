using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Testing;
using Dortmund.News.Catalogue.Sync;
using static Dortmund.News.Catalogue.Tests.Validation.ParsedArticles;

namespace Dortmund.News.Catalogue.Tests.Sync;

/// <summary>
/// The sync's URL ownership file by file: the published version of a file read again reserves its
/// URLs until that file's turn.
/// </summary>
public sealed class UrlReservationsTests
{
    private readonly UrlReservations _urls = new(new ArticleUrls(TempContent.ArticlePathPrefix));

    [Fact]
    public void A_file_wanting_a_url_reserved_by_a_later_file_waits_and_claims_it_once_that_file_gave_it_up()
    {
        _urls.Reserve("articles/z-alt.md", "/artikel/begehrt", []);
        var early = Article("a-neu", "begehrt");

        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(early, waitForReservations: true));
        Assert.Equal(ClaimOutcome.Claimed, _urls.ClaimInTurn(Article("z-alt", "anders"), waitForReservations: true));

        Assert.Equal([(early, ClaimOutcome.Claimed)], _urls.SettleWaiting([early]));
        Assert.Empty(early.Problems);
    }

    [Fact]
    public void A_file_claims_the_urls_its_own_published_version_reserves()
    {
        _urls.Reserve("articles/a.md", "/artikel/a", ["/artikel/frueher"]);

        Assert.Equal(ClaimOutcome.Claimed, _urls.ClaimInTurn(Article("a", "a", aliases: ["/artikel/frueher"]), waitForReservations: true));
        Assert.Equal("articles/a.md", _urls.Owned.AliasOwner("/artikel/frueher"));
    }

    [Fact]
    public void A_failed_edit_holds_its_published_urls_so_a_file_waiting_for_them_is_refused()
    {
        _urls.Reserve("articles/z-alt.md", "/artikel/begehrt", []);
        var early = Article("a-neu", "begehrt");
        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(early, waitForReservations: true));

        _urls.Hold("articles/z-alt.md");

        Assert.Equal([(early, ClaimOutcome.Refused)], _urls.SettleWaiting([early]));
        Assert.Contains("already used by articles/z-alt.md", Assert.Single(early.Problems).Message);
    }

    [Fact]
    public void A_reserved_url_is_not_a_link_target_until_it_is_owned_again()
    {
        _urls.Reserve("articles/ziel.md", "/artikel/ziel", []);
        var linking = Article("verweis", "verweis", body: "Siehe [Ziel](/artikel/ziel).");

        Assert.False(_urls.Owned.LinksResolve(linking));
        _urls.Hold("articles/ziel.md");
        Assert.True(_urls.Owned.LinksResolve(linking));
    }

    [Fact]
    public void A_later_file_wanting_the_url_an_earlier_waiting_file_wants_queues_behind_it()
    {
        _urls.Reserve("articles/m-mitte.md", "/artikel/begehrt", []);
        var first = Article("a-erste", "begehrt");
        var last = Article("z-letzte", "begehrt");

        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(first, waitForReservations: true));
        Assert.Equal(ClaimOutcome.Claimed, _urls.ClaimInTurn(Article("m-mitte", "neu"), waitForReservations: true));
        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(last, waitForReservations: true));

        Assert.Equal([(first, ClaimOutcome.Claimed), (last, ClaimOutcome.Refused)], _urls.SettleWaiting([first, last]));
    }

    [Fact]
    public void A_chain_of_waiting_files_settles_from_its_end_one_link_per_round()
    {
        _urls.Reserve("articles/b.md", "/artikel/bee", []);
        _urls.Reserve("articles/c.md", "/artikel/cee", []);
        _urls.Reserve("articles/d.md", "/artikel/dee", []);
        var a = Article("a", "bee");
        var b = Article("b", "cee");
        var c = Article("c", "dee");
        foreach (var file in new[] { a, b, c })
            Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(file, waitForReservations: true));
        _urls.Hold("articles/d.md");

        var settled = _urls.SettleWaiting([a, b, c]);

        Assert.Equal([(c, ClaimOutcome.Refused), (b, ClaimOutcome.Refused), (a, ClaimOutcome.Refused)], settled);
        Assert.Contains("already used by articles/b.md", Assert.Single(a.Problems).Message);
    }

    [Fact]
    public void Files_waiting_on_each_other_claim_in_path_order_as_if_none_held_anything()
    {
        _urls.Reserve("articles/a.md", "/artikel/erster", []);
        _urls.Reserve("articles/b.md", "/artikel/zweiter", []);
        var a = Article("a", "zweiter");
        var b = Article("b", "erster");
        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(a, waitForReservations: true));
        Assert.Equal(ClaimOutcome.Waiting, _urls.ClaimInTurn(b, waitForReservations: true));

        Assert.Equal([(a, ClaimOutcome.Claimed), (b, ClaimOutcome.Claimed)], _urls.SettleWaiting([a, b]));
    }

    [Fact]
    public void A_reservation_set_aside_is_free_for_others_and_comes_back_when_held()
    {
        _urls.Reserve("articles/a-alt.md", "/artikel/begehrt", []);
        _urls.SetAside("articles/a-alt.md");

        Assert.Equal(ClaimOutcome.Claimed, _urls.ClaimInTurn(Article("b-neu", "begehrt"), waitForReservations: true));
        _urls.Hold("articles/a-alt.md");

        Assert.Equal(ClaimOutcome.Refused, _urls.ClaimInTurn(Article("c-neu", "begehrt"), waitForReservations: true));
        Assert.False(_urls.Owned.TryClaim(Article("d-neu", "begehrt")));
    }

    [Fact]
    public void Without_waiting_a_url_reserved_by_another_file_refuses_the_claim()
    {
        _urls.Reserve("articles/z-alt.md", "/artikel/begehrt", []);
        var file = Article("a-neu", "begehrt");

        Assert.Equal(ClaimOutcome.Refused, _urls.ClaimInTurn(file, waitForReservations: false));
        Assert.Contains("already used by articles/z-alt.md", Assert.Single(file.Problems).Message);
    }
}
