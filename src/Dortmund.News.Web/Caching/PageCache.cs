using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Caching;

/// <summary>How much one part of the <see cref="PageCache"/> may hold: bytes (keys, headers and bodies) and entries.</summary>
internal sealed record PageCacheBudget(long Bytes, int Entries)
{
    /// <summary>
    /// Pages and feeds: ~1,700 uncompressed article pages, ~8,000 compressed; a burst of visitors needs a
    /// handful. Part of the site's 300 MB working-set budget (docs/performance.md, Memory).
    /// </summary>
    public static readonly PageCacheBudget Pages = new(48 * 1024 * 1024, 20_000);

    /// <summary>Search results: a visitor chooses their text, so a stream of unique searches must not displace the pages.</summary>
    public static readonly PageCacheBudget Searches = new(4 * 1024 * 1024, 1_000);
}

/// <summary>
/// The rendered pages and feeds kept in memory, by <see cref="PageKey"/>. A sync evicts exactly the
/// pages it changed by their tags (<see cref="PageCacheEviction"/>); an entry also goes after an hour,
/// and the least recently served go first when a part would hold more than its budget. Search results
/// have a small budget of their own. A lookup is one dictionary read without locks, so a burst of
/// visitors to one press release costs little more than Kestrel's own work.
/// </summary>
internal sealed class PageCache(TimeProvider time, PageCacheBudget? pages = null, PageCacheBudget? searches = null)
{
    /// <summary>Eviction makes entries exact; the lifetime only bounds how long an unvisited page stays in memory.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Part _pages = new(pages ?? PageCacheBudget.Pages);
    private readonly Part _searches = new(searches ?? PageCacheBudget.Searches);
    private long _droppedSinceCollection;

    public int Count => _pages.Count + _searches.Count;

    public long Size => _pages.Size + _searches.Size;

    /// <summary>
    /// The page for <paramref name="key"/>: stored under it, or under the key without a query value
    /// that the stored page did not read (an article asked for with <c>?seite=7</c> is the article).
    /// </summary>
    public bool TryGet(PageKey key, [MaybeNullWhen(false)] out CachedPage page)
    {
        if (Find(key, out page))
            return true;
        var otherPage = key.PageNumber != 1;
        var search = key.SearchText is not null;
        if (otherPage && Find(key.WithoutPageNumber, out page) && !page.ReadsPageNumber)
            return true;
        if (search && Find(key.WithoutSearchText, out page) && !page.ReadsSearchText)
            return true;
        if (otherPage && search && Find(key.WithoutPageNumber.WithoutSearchText, out page) && !page.ReadsPageNumber && !page.ReadsSearchText)
            return true;
        page = null;
        return false;
    }

    /// <summary>A page rendered for <paramref name="key"/>, which read the query values named.</summary>
    public CachedPage Create(PageKey key, IEnumerable<KeyValuePair<string, StringValues>> headers, byte[] body, string[] tags,
        bool readsPageNumber = false, bool readsSearchText = false)
    {
        var now = time.GetTimestamp();
        return new CachedPage(headers, body, tags, now, now + (long)(Lifetime.TotalSeconds * time.TimestampFrequency))
        {
            Key = StoredKey(key, readsPageNumber, readsSearchText),
            ReadsPageNumber = readsPageNumber,
            ReadsSearchText = readsSearchText,
        };
    }

    /// <summary>Stores <paramref name="page"/> under its key (<see cref="CachedPage.Key"/>), replacing what was there.</summary>
    public void Store(CachedPage page)
    {
        var part = PartOf(page.Key);
        part.Store(page);
        if (part.IsOverBudget)
            Compact(part);
    }

    /// <summary>Removes the entry stored under <paramref name="page"/>'s key if it is still <paramref name="page"/>.</summary>
    public void Remove(CachedPage page) => PartOf(page.Key).Remove(page);

    /// <summary>Removes every page tagged with one of <paramref name="tags"/> (every page carries <see cref="PageCacheTags.Site"/>).</summary>
    public void Evict(IReadOnlyCollection<string> tags)
    {
        var evicted = tags as IReadOnlySet<string> ?? tags.ToHashSet(StringComparer.Ordinal);
        _pages.RemoveWhere(page => page.Tags.Any(evicted.Contains));
        _searches.RemoveWhere(page => page.Tags.Any(evicted.Contains));
    }

    private static PageKey StoredKey(PageKey key, bool readsPageNumber, bool readsSearchText)
    {
        if (!readsPageNumber)
            key = key.WithoutPageNumber;
        return readsSearchText ? key : key.WithoutSearchText;
    }

    private Part PartOf(PageKey key) => key.SearchText is null ? _pages : _searches;

    private bool Find(PageKey key, [MaybeNullWhen(false)] out CachedPage page)
    {
        if (!PartOf(key).TryGetValue(key, out page))
            return false;
        var now = time.GetTimestamp();
        if (now < page.ExpiresAt)
        {
            // At most once a second: every hit writing the entry would move it between the cores' caches.
            if (now - page.LastUsed > time.TimestampFrequency)
                page.LastUsed = now;
            return true;
        }

        Remove(page);
        return false;
    }

    /// <summary>Drops expired pages, then the least recently served, until a tenth of the part's budget is free.</summary>
    private void Compact(Part part)
    {
        var dropped = part.Compact(time.GetTimestamp());
        // The dropped pages are old, so they sit in gen2, which the GC collects only once gen2 has grown by
        // about its own size: under a crawler that renders page after page, the heap would fill up with
        // dropped pages (bench/crawl.sh). A background collection runs beside the requests, with only short
        // pauses, and lets the next pages reuse that memory; once a tenth of the pages' budget was dropped.
        if (Interlocked.Add(ref _droppedSinceCollection, dropped) < PageCacheBudget.Pages.Bytes / 10)
            return;
        Interlocked.Exchange(ref _droppedSinceCollection, 0);
        GC.Collect(2, GCCollectionMode.Forced, blocking: false);
    }

    /// <summary>One part of the cache with its own budget.</summary>
    private sealed class Part(PageCacheBudget budget)
    {
        private readonly ConcurrentDictionary<PageKey, CachedPage> _pages = new();
        private readonly Lock _compacting = new();
        private long _size;

        public int Count => _pages.Count;

        public long Size => Interlocked.Read(ref _size);

        public bool IsOverBudget => Size > budget.Bytes || Count > budget.Entries;

        public bool TryGetValue(PageKey key, [MaybeNullWhen(false)] out CachedPage page) => _pages.TryGetValue(key, out page);

        public void Store(CachedPage page)
        {
            while (true)
            {
                if (_pages.TryGetValue(page.Key, out var replaced))
                {
                    if (!_pages.TryUpdate(page.Key, page, replaced))
                        continue;
                    Interlocked.Add(ref _size, -replaced.Size);
                    break;
                }

                if (_pages.TryAdd(page.Key, page))
                    break;
            }

            Interlocked.Add(ref _size, page.Size);
        }

        public bool Remove(CachedPage page)
        {
            if (!_pages.TryRemove(KeyValuePair.Create(page.Key, page)))
                return false;
            Interlocked.Add(ref _size, -page.Size);
            return true;
        }

        public void RemoveWhere(Func<CachedPage, bool> evicted)
        {
            foreach (var (_, page) in _pages)
            {
                if (evicted(page))
                    Remove(page);
            }
        }

        /// <summary>Returns the bytes it dropped (0 when another request is compacting already).</summary>
        public long Compact(long now)
        {
            if (!_compacting.TryEnter())
                return 0;
            try
            {
                long dropped = 0;
                // Again while over budget: the others' stores during a pass skip compacting (the lock is taken), so
                // without another pass the cache could stay far over its budget after a burst.
                do
                {
                    // A snapshot first: LINQ copies a ConcurrentDictionary by its Count, then CopyTo, and throws when
                    // a visitor stored a page in between.
                    foreach (var (_, page) in _pages.ToArray().OrderBy(p => p.Value.ExpiresAt <= now ? long.MinValue : p.Value.LastUsed))
                    {
                        if (Size <= budget.Bytes * 9 / 10 && Count <= budget.Entries * 9 / 10)
                            break;
                        if (Remove(page))
                            dropped += page.Size;
                    }
                }
                while (IsOverBudget);

                return dropped;
            }
            finally
            {
                _compacting.Exit();
            }
        }
    }
}
