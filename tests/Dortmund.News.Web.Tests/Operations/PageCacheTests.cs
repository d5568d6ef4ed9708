using Dortmund.News.Web.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace Dortmund.News.Web.Tests.Operations;

public sealed class PageCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Evicting_a_tag_removes_the_pages_tagged_with_it_and_no_other()
    {
        var cache = new PageCache(_clock);
        Store(cache, "/artikel/a", PageCacheTags.Article("a"));
        Store(cache, "/artikel/b", PageCacheTags.Article("b"));
        Store(cache, "/", PageCacheTags.Listing);

        cache.Evict([PageCacheTags.Article("a"), PageCacheTags.Listing]);

        Assert.False(cache.TryGet(Key("/artikel/a"), out _));
        Assert.False(cache.TryGet(Key("/"), out _));
        Assert.True(cache.TryGet(Key("/artikel/b"), out _));
    }

    [Fact]
    public void Evicting_the_site_tag_removes_every_page_and_frees_their_bytes()
    {
        var cache = new PageCache(_clock);
        Store(cache, "/artikel/a", PageCacheTags.Article("a"));
        Store(cache, "/", PageCacheTags.Listing);

        cache.Evict([PageCacheTags.Site]);

        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Size);
    }

    [Fact]
    public void A_page_is_not_served_once_its_lifetime_is_over()
    {
        var cache = new PageCache(_clock);
        Store(cache, "/artikel/a", PageCacheTags.Article("a"));

        _clock.Advance(PageCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(Key("/artikel/a"), out _));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.TryGet(Key("/artikel/a"), out _));
        Assert.Equal(0, cache.Size);
    }

    [Fact]
    public void Past_its_size_limit_the_cache_drops_the_pages_served_least_recently()
    {
        var cache = new PageCache(_clock, new PageCacheBudget(10 * (Body.Length + 600), 1_000));
        for (var i = 0; i < 9; i++)
        {
            Store(cache, $"/artikel/{i}", PageCacheTags.Article(i.ToString()));
            _clock.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.True(cache.TryGet(Key("/artikel/0"), out _)); // the oldest page, but just served
        _clock.Advance(TimeSpan.FromSeconds(2));
        Store(cache, "/artikel/9", PageCacheTags.Article("9"));
        Store(cache, "/artikel/10", PageCacheTags.Article("10"));

        Assert.True(cache.Size <= 10 * (Body.Length + 600), $"{cache.Size} bytes kept");
        Assert.True(cache.TryGet(Key("/artikel/0"), out _));
        Assert.True(cache.TryGet(Key("/artikel/10"), out _));
        Assert.False(cache.TryGet(Key("/artikel/1"), out _));
        Assert.False(cache.TryGet(Key("/artikel/2"), out _));
    }

    [Fact]
    public void Storing_a_page_again_replaces_it_and_counts_its_bytes_once()
    {
        var cache = new PageCache(_clock);
        Store(cache, "/artikel/a", PageCacheTags.Article("a"));
        var once = cache.Size;

        Store(cache, "/artikel/a", PageCacheTags.Article("a"));

        Assert.Equal(1, cache.Count);
        Assert.Equal(once, cache.Size);
    }

    [Fact]
    public void Pages_are_told_apart_by_page_number_search_and_encoding_but_not_other_query_keys()
    {
        static PageKey For(string pathAndQuery, string? acceptEncoding = null)
        {
            var http = new DefaultHttpContext();
            var parts = pathAndQuery.Split('?', 2);
            http.Request.Path = parts[0];
            http.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
            if (acceptEncoding is not null)
                http.Request.Headers.AcceptEncoding = acceptEncoding;
            return PageKey.For(http.Request, keyedByOrigin: false);
        }

        Assert.Equal(For("/"), For("/?utm_source=newsletter"));
        Assert.NotEqual(For("/"), For("/?seite=2"));
        Assert.Equal(For("/?seite="), For("/"));
        Assert.Equal(For("/?seite=1"), For("/"));
        Assert.Equal(For("/?seite=02"), For("/?seite=2"));
        Assert.Equal(For("/suche?q=%20Hafen%20"), For("/suche?q=Hafen"));
        Assert.Equal(For("/suche?q=" + new string('a', 8_000)), For("/suche?q=" + new string('a', 8_000) + "b"));
        Assert.NotEqual(For("/suche?q=a"), For("/suche?q=b"));
        Assert.NotEqual(For("/artikel/X"), For("/artikel/x"));
        Assert.NotEqual(For("/", "gzip"), For("/"));
        Assert.Equal(For("/", "gzip, deflate"), For("/", "gzip;q=1"));
    }

    [Fact]
    public void A_page_that_read_no_query_value_answers_for_every_value_and_one_that_did_only_for_its_own()
    {
        var cache = new PageCache(_clock);
        var article = Key("/artikel/a");
        cache.Store(cache.Create(article, [], Body, [PageCacheTags.Site]));
        var home = Key("/");
        cache.Store(cache.Create(home, [], Body, [PageCacheTags.Site], readsPageNumber: true));
        var search = Key("/suche") with { SearchText = "hafen" };
        cache.Store(cache.Create(search, [], Body, [PageCacheTags.Site], readsPageNumber: true, readsSearchText: true));

        Assert.True(cache.TryGet(article with { PageNumber = 7, SearchText = "x" }, out var stored));
        Assert.Equal(article, stored.Key);
        Assert.Equal(3, cache.Count); // served from the article's one entry, not stored again
        Assert.True(cache.TryGet(home with { SearchText = "x" }, out _));
        Assert.False(cache.TryGet(home with { PageNumber = 2 }, out _));
        Assert.True(cache.TryGet(search, out _));
        Assert.False(cache.TryGet(search with { SearchText = "energie" }, out _));
        Assert.False(cache.TryGet(search with { PageNumber = 2 }, out _));
    }

    [Fact]
    public void Pages_are_dropped_once_there_are_more_than_the_budget_allows_however_small_they_are()
    {
        var cache = new PageCache(_clock, new PageCacheBudget(long.MaxValue, 100));
        for (var i = 0; i < 1_000; i++)
            cache.Store(cache.Create(Key($"/artikel/{i}"), [], [], [PageCacheTags.Site]));

        Assert.InRange(cache.Count, 1, 100);
    }

    [Fact]
    public void The_key_and_the_headers_count_toward_the_budget_not_only_the_body()
    {
        var cache = new PageCache(_clock);
        var longKey = Key("/artikel/" + new string('a', 4_000));
        var page = cache.Create(longKey, [new("Link", new StringValues(new string('b', 2_000)))], [], [PageCacheTags.Site]);

        Assert.True(page.Size >= (4_000 + 2_000) * sizeof(char), $"{page.Size} bytes counted");
    }

    [Fact]
    public void Unique_searches_fill_their_own_budget_and_never_displace_the_pages()
    {
        var cache = new PageCache(_clock, new PageCacheBudget(20 * (Body.Length + 600), 1_000), new PageCacheBudget(5 * (Body.Length + 600), 1_000));
        Store(cache, "/artikel/a", PageCacheTags.Article("a"));
        for (var i = 0; i < 3_000; i++)
        {
            var search = Key("/suche") with { SearchText = $"suche {i}" };
            cache.Store(cache.Create(search, [], Body, [PageCacheTags.Site, PageCacheTags.Listing], readsPageNumber: true, readsSearchText: true));
        }

        Assert.True(cache.TryGet(Key("/artikel/a"), out _));
        Assert.True(cache.Size <= 6 * (Body.Length + 600), $"{cache.Size} bytes kept");
    }

    [Fact]
    public void Visitors_storing_pages_at_once_while_the_cache_drops_pages_never_fail()
    {
        var cache = new PageCache(_clock, new PageCacheBudget(long.MaxValue, 5_000), new PageCacheBudget(long.MaxValue, 5_000));
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var key = Key($"/artikel/{i}") with { SearchText = i % 2 == 0 ? null : $"suche {i}" };
            cache.Store(cache.Create(key, [], [], [PageCacheTags.Site]));
        });

        Assert.InRange(cache.Count, 1, 10_000 + 2 * 8);
    }

    private static readonly byte[] Body = new byte[10_000];

    private static PageKey Key(string path) => new(null, null, path, 1, null, "identity");

    private static void Store(PageCache cache, string path, string tag) =>
        cache.Store(cache.Create(Key(path), [new("Content-Type", new StringValues("text/html"))], Body, [PageCacheTags.Site, tag]));
}
