using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Queries;

public sealed class SearchQueriesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("Förderung")]
    [InlineData("förderung")]
    [InlineData("FÖRDERUNG")]
    [InlineData("forderung")]
    [InlineData("foerderung")]
    [InlineData("Foerderung")]
    [InlineData("strasse")]
    [InlineData("Straße")]
    [InlineData("STRASSE")]
    [InlineData("Delegat")]
    [InlineData("delegation")]
    [InlineData("Speicherstrasse Delegat")]
    [InlineData("Oekosystem")]
    [InlineData("Delegation Förderung")]
    [InlineData("Förderung Delegat")]
    [InlineData("Straße Ökosystem")]
    [InlineData("foerderung Straße oekosystem")]
    public async Task German_spellings_find_the_article(string query)
    {
        _content.WriteArticle("treffer", "Förderung für die Speicherstraße", "2026-01-01",
            "Eine Delegation besuchte das Ökosystem an der Straße.");
        _content.WriteArticle("daneben", "Etwas anderes", "2026-01-02", "Hier steht nichts davon.");
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, query);

        Assert.Equal(["treffer"], results.Hits.Items.Select(h => h.Slug));
        Assert.Equal(1, results.Hits.TotalCount);
    }

    [Theory]
    [InlineData("Delegat Besuch")]  // only the last word is a prefix
    [InlineData("Förderungen")]
    [InlineData("Strassenbahn")]
    public async Task Words_must_match_as_words(string query)
    {
        _content.WriteArticle("artikel", "Förderung", "2026-01-01", "Eine Delegation kam zu Besuch an die Straße.");
        await using var host = await SyncedAsync();

        Assert.Empty((await SearchAsync(host, query)).Hits.Items);
    }

    [Fact]
    public async Task Tags_authors_and_gallery_captions_are_searched()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jäger\n---\nBio.\n");
        _content.WriteImage("articles/bilder/empfang.jpg");
        _content.Write("articles/bilder/index.md",
            "---\ntitle: Empfang\ndate: 2026-01-01\nauthor: jaeger\ntags: [Hokkaido]\ngallery:\n  - src: empfang.jpg\n    caption: Gruppenbild im Rathaus\n    credit: WF DO\n    alt: Gruppe\n---\n\nText.\n");
        await using var host = await SyncedAsync();

        foreach (var query in (string[])["Hokkaido", "Jaeger", "Jäger", "Gruppenbild Rathaus"])
            Assert.Equal(["bilder"], (await SearchAsync(host, query)).Hits.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task A_changed_article_is_found_by_its_new_words_not_its_old_ones()
    {
        _content.WriteArticle("wandel", "Strukturwandel im Hafen", "2026-01-01", "Alte Worte über Kohle.");
        _content.WriteArticle("entfernt", "Wasserstoff", "2026-01-02", "Wird gelöscht.");
        await using var host = await SyncedAsync();
        Assert.Single((await SearchAsync(host, "Kohle")).Hits.Items);

        _content.WriteArticle("wandel", "Strukturwandel im Hafen", "2026-01-01", "Neue Worte über Wasserstoff.");
        _content.Delete("articles/entfernt.md");
        await host.Sync.SyncAsync();

        Assert.Empty((await SearchAsync(host, "Kohle")).Hits.Items);
        Assert.Equal(["wandel"], (await SearchAsync(host, "Wasserstoff")).Hits.Items.Select(h => h.Slug));
        Assert.Equal(["wandel"], (await SearchAsync(host, "Strukturwandel")).Hits.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task An_authors_new_name_is_found_after_the_author_file_changes()
    {
        _content.Write("authors/jaeger.md", "---\nname: Jäger\n---\nBio.\n");
        _content.WriteArticle("bericht", "Bericht", "2026-01-01", extraFrontMatter: "author: jaeger\n");
        await using var host = await SyncedAsync();
        Assert.Single((await SearchAsync(host, "Jäger")).Hits.Items);

        _content.Write("authors/jaeger.md", "---\nname: Hannelore Kraft\n---\nBio.\n");
        await host.Sync.SyncAsync();

        Assert.Empty((await SearchAsync(host, "Jäger")).Hits.Items);
        Assert.Equal(["bericht"], (await SearchAsync(host, "Hannelore")).Hits.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task Title_matches_rank_above_body_matches_and_hidden_articles_are_not_found()
    {
        _content.WriteArticle("im-text", "Neues vom Hafen", "2026-03-01", "Es geht auch um Wasserstoff.");
        _content.WriteArticle("im-titel", "Wasserstoff für Dortmund", "2026-01-01", "Ein Projekt.");
        _content.WriteArticle("entwurf", "Wasserstoff-Entwurf", "2026-01-01", extraFrontMatter: "draft: true\n");
        _content.WriteArticle("zukunft", "Wasserstoff später", "2999-01-01");
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, "wasserstoff");

        Assert.Equal(["im-titel", "im-text"], results.Hits.Items.Select(h => h.Slug));
        Assert.Equal(2, results.Hits.TotalCount);
    }

    [Fact]
    public async Task Body_mentions_raise_the_rank_up_to_three_and_no_further()
    {
        // Counting all six mentions would put "sechsmal" first (1.75 against 1.64); capped at three,
        // the shorter "dreimal" wins. Two mentions still rank below three. (A summary of its own: one
        // taken from the body would count every mention.)
        const string summary = "summary: Kurz notiert.\n";
        _content.WriteArticle("sechsmal", "Projekt A", "2026-01-01", "Hafen Hafen Hafen Hafen Hafen Hafen Bahn Bahn", summary);
        _content.WriteArticle("dreimal", "Projekt B", "2026-01-02", "Hafen Hafen Hafen Bahn", summary);
        _content.WriteArticle("zweimal", "Projekt C", "2026-01-03", "Hafen Hafen Bahn Bahn", summary);
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, "Hafen");

        Assert.Equal(["dreimal", "sechsmal", "zweimal"], results.Hits.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task A_word_in_the_title_outranks_one_in_the_summary_then_the_tags_then_the_body()
    {
        const string summary = "summary: Kurz notiert.\n";
        _content.WriteArticle("text", "Weiteres Projekt", "2026-01-04", "Ein Projekt mit Wasserstoff.", summary);
        _content.WriteArticle("schlagwort", "Anderes Projekt", "2026-01-03", "Ein Projekt ohne das Wort.", summary + "tags: [Wasserstoff]\n");
        _content.WriteArticle("anreisser", "Neues Projekt", "2026-01-02", "Ein Projekt ohne das Wort.", "summary: Kurz notiert zu Wasserstoff.\n");
        _content.WriteArticle("titel", "Wasserstoff-Projekt", "2026-01-01", "Ein Projekt ohne das Wort.", summary);
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, "Wasserstoff");

        Assert.Equal(["titel", "anreisser", "schlagwort", "text"], results.Hits.Items.Select(h => h.Slug));
    }

    [Theory]
    [InlineData("E-Mobilität")]
    [InlineData("e-mobilitaet")]
    [InlineData("3,5")]
    [InlineData("Hafen")]
    [InlineData("Ha\u0301fen")]
    [InlineData("हिन्दी")]
    [InlineData("北海道")]
    [InlineData("كَتَبَ")]
    [InlineData("x\u0305y")]
    public async Task Words_the_tokenizer_splits_or_folds_find_the_article(string query)
    {
        _content.WriteArticle("zeichen", "Zeichen", "2026-01-01",
            "E-Mobilität für 3,5 Millionen am Ha\u0301fen, auf Hindi हिन्दी, in Hokkaido 北海道, auf Arabisch كَتَبَ, und x\u0305y.");
        _content.WriteArticle("daneben", "Daneben", "2026-01-02", "Nichts davon.");
        await using var host = await SyncedAsync();

        Assert.Equal(["zeichen"], (await SearchAsync(host, query)).Hits.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task Results_are_paged_by_ten()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"hafen-{day:00}", $"Hafen {day}", $"2026-01-{day:00}");
        await using var host = await SyncedAsync();

        var first = await SearchAsync(host, "Hafen");
        var second = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("Hafen", 2, CancellationToken.None));
        var third = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("Hafen", 3, CancellationToken.None));

        Assert.Equal((12, 2, 10), (first.Hits.TotalCount, first.Hits.PageCount, first.Hits.Items.Count));
        Assert.Equal(2, second!.Hits.Items.Count);
        Assert.Empty(first.Hits.Items.Select(h => h.Slug).Intersect(second.Hits.Items.Select(h => h.Slug)));
        Assert.Null(third);
    }

    [Fact]
    public async Task Hidden_articles_ranked_first_leave_full_pages_of_visible_ones()
    {
        for (var day = 1; day <= 12; day++)
            _content.WriteArticle($"hafen-{day:00}", $"Bericht {day}", $"2026-01-{day:00}", "Es geht um den Hafen.");
        for (var draft = 1; draft <= 3; draft++)
            _content.WriteArticle($"entwurf-{draft}", "Hafen", "2026-01-01", "Hafen.", "draft: true\n");
        _content.WriteArticle("geplant", "Hafen", "2999-01-01", "Hafen.");
        await using var host = await SyncedAsync();

        var first = await SearchAsync(host, "Hafen");
        var second = await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync("Hafen", 2, CancellationToken.None));

        var slugs = first.Hits.Items.Concat(second!.Hits.Items).Select(h => h.Slug).ToList();
        Assert.Equal((12, 10, 2), (first.Hits.TotalCount, first.Hits.Items.Count, second.Hits.Items.Count));
        Assert.Equal(Enumerable.Range(1, 12).Select(day => $"hafen-{day:00}").Order(), slugs.Order());
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words_whatever_the_spelling()
    {
        _content.WriteArticle("foerderung", "Titel", "2026-01-01",
            "Ein langer Anfang ohne Treffer, der weitergeht. Dann kommt die Förderung der Speicherstraße und mehr.");
        await using var host = await SyncedAsync();

        var hit = Assert.Single((await SearchAsync(host, "foerderung speicherstrasse")).Hits.Items);

        Assert.Equal(["Förderung", "Speicherstraße"], hit.Snippet.Where(p => p.Marked).Select(p => p.Text));
        Assert.Contains("Förderung der Speicherstraße", string.Concat(hit.Snippet.Select(p => p.Text)));
    }

    [Fact]
    public async Task The_snippet_is_the_passage_with_the_most_different_search_words()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Text ohne Treffer", 20));
        _content.WriteArticle("passage", "Titel", "2026-01-01",
            $"Hafen, Hafen und noch einmal Hafen. {filler}. Am Ende kommt Wasserstoff in den Hafen. {filler}.");
        await using var host = await SyncedAsync();

        var hit = Assert.Single((await SearchAsync(host, "Hafen Wasserstoff")).Hits.Items);

        Assert.Equal(["Wasserstoff", "Hafen"], hit.Snippet.Where(p => p.Marked).Select(p => p.Text));
        Assert.StartsWith("… ", hit.Snippet[0].Text);
        Assert.EndsWith(" …", hit.Snippet[^1].Text);
    }

    [Fact]
    public async Task The_snippet_is_the_first_passage_with_every_search_word()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Text ohne Treffer", 20));
        _content.WriteArticle("vorne", "Titel", "2026-01-01",
            $"Vorne geht es um Hafen und Wasserstoff. {filler}. Hinten Hafen, Wasserstoff, Hafen, Wasserstoff, Hafen.");
        await using var host = await SyncedAsync();

        var hit = Assert.Single((await SearchAsync(host, "Hafen Wasserstoff")).Hits.Items);

        Assert.StartsWith("Vorne geht es um ", hit.Snippet[0].Text);
        Assert.Equal(["Hafen", "Wasserstoff"], hit.Snippet.Where(p => p.Marked).Select(p => p.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("- + ( ) : ^ ~ { } [ ]")]
    [InlineData("🚀🎉")]
    public async Task Text_without_words_gives_an_empty_first_page(string query)
    {
        _content.WriteArticle("artikel", "Artikel", "2026-01-01");
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, query);

        Assert.Empty(results.Words);
        Assert.Equal(0, results.Hits.TotalCount);
    }

    [Theory]
    [InlineData("\"Hafen")]
    [InlineData("Hafen\"")]
    [InlineData("Hafen*")]
    [InlineData("-Hafen")]
    [InlineData("Hafen NOT Kohle")]
    [InlineData("NEAR(Hafen Dortmund)")]
    [InlineData("Hafen AND Dortmund")]
    [InlineData("Hafen OR Kohle")]
    [InlineData("title:Hafen")]
    [InlineData("(Hafen")]
    [InlineData("Hafen 🚀")]
    [InlineData("{title}: Hafen")]
    [InlineData("Ha\u0301fen")]
    [InlineData("\u0301\u0301 Hafen")]
    public async Task Query_syntax_is_just_text(string query)
    {
        _content.WriteArticle("hafen", "Hafen Dortmund", "2026-01-01", "Am Hafen. NOT AND OR NEAR title.");
        await using var host = await SyncedAsync();

        var results = await SearchAsync(host, query);

        Assert.True(results.Hits.TotalCount <= 1);
    }

    [Fact]
    public async Task Two_thousand_characters_are_searched_as_at_most_eight_words()
    {
        _content.WriteArticle("hafen", "Hafen", "2026-01-01");
        await using var host = await SyncedAsync();
        var hostile = string.Concat(Enumerable.Repeat("Hafen \" * ( - ) ", 125));
        var manyWords = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"wort{i}"))[..2000];

        var hostileResults = await SearchAsync(host, hostile);
        var manyResults = await SearchAsync(host, manyWords);

        Assert.Equal(2000, hostile.Length);
        Assert.Equal(["hafen"], hostileResults.Hits.Items.Select(h => h.Slug));
        Assert.Equal(8, manyResults.Words.Count);
        Assert.Empty(manyResults.Hits.Items);
    }

    private async Task<CatalogueHost> SyncedAsync()
    {
        var host = await CatalogueHost.StartAsync(_content);
        await host.Sync.SyncAsync();
        return host;
    }

    private static async Task<SearchResults> SearchAsync(CatalogueHost host, string query) =>
        (await host.QueryAsync<SearchQueries, SearchResults?>(q => q.SearchAsync(query, 1, CancellationToken.None)))!;
}
