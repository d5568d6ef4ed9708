using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace Dortmund.News.Web.Caching;

/// <summary>
/// The rendered pages and feeds kept in memory, by <see cref="PageKey"/>. A sync evicts exactly the
/// pages it changed by their tags (<see cref="PageCacheEviction"/>); an entry also goes after an hour,
/// and the least recently served go first when the pages would hold more than the size limit.
/// A lookup is one dictionary read without locks, so a burst of visitors to one press release costs
/// little more than Kestrel's own work.
/// </summary>
internal sealed class PageCache(TimeProvider time, long sizeLimit = PageCache.DefaultSizeLimit)
{
    /// <summary>
    /// Bytes the pages may hold: ~1,700 uncompressed article pages, ~8,000 compressed; a burst of visitors
    /// needs a handful. Part of the site's 300 MB working-set budget (README, Benchmarks), so far less
    /// than the output cache's 100 MB.
    /// </summary>
    public const long DefaultSizeLimit = 48 * 1024 * 1024;

    /// <summary>Eviction makes entries exact; the lifetime only bounds how long an unvisited page stays in memory.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<PageKey, CachedPage> _pages = new();
    private readonly Lock _compacting = new();
    private long _size;

    public int Count => _pages.Count;

    public long Size => Interlocked.Read(ref _size);

    public bool TryGet(PageKey key, [MaybeNullWhen(false)] out CachedPage page)
    {
        if (!_pages.TryGetValue(key, out page))
            return false;
        var now = time.GetTimestamp();
        if (now < page.ExpiresAt)
        {
            // At most once a second: every hit writing the entry would move it between the cores' caches.
            if (now - page.LastUsed > time.TimestampFrequency)
                page.LastUsed = now;
            return true;
        }

        Remove(key, page);
        return false;
    }

    public CachedPage Create(IEnumerable<KeyValuePair<string, StringValues>> headers, byte[] body, string[] tags)
    {
        var now = time.GetTimestamp();
        return new CachedPage(headers, body, tags, now, now + (long)(Lifetime.TotalSeconds * time.TimestampFrequency));
    }

    public void Store(PageKey key, CachedPage page)
    {
        while (true)
        {
            if (_pages.TryGetValue(key, out var replaced))
            {
                if (!_pages.TryUpdate(key, page, replaced))
                    continue;
                Interlocked.Add(ref _size, -replaced.Size);
                break;
            }

            if (_pages.TryAdd(key, page))
                break;
        }

        if (Interlocked.Add(ref _size, page.Size) > sizeLimit)
            Compact();
    }

    /// <summary>Removes the entry stored for <paramref name="key"/> if it is still <paramref name="page"/>.</summary>
    public void Remove(PageKey key, CachedPage page)
    {
        if (_pages.TryRemove(KeyValuePair.Create(key, page)))
            Interlocked.Add(ref _size, -page.Size);
    }

    /// <summary>Removes every page tagged with one of <paramref name="tags"/> (every page carries <see cref="PageCacheTags.Site"/>).</summary>
    public void Evict(IReadOnlyCollection<string> tags)
    {
        var evicted = tags as IReadOnlySet<string> ?? tags.ToHashSet(StringComparer.Ordinal);
        foreach (var (key, page) in _pages)
        {
            if (page.Tags.Any(evicted.Contains))
                Remove(key, page);
        }
    }

    /// <summary>Drops expired pages, then the least recently served, until a tenth of the limit is free.</summary>
    private void Compact()
    {
        if (!_compacting.TryEnter())
            return; // another request is compacting already
        var dropped = false;
        try
        {
            var now = time.GetTimestamp();
            foreach (var (key, page) in _pages.OrderBy(p => p.Value.ExpiresAt <= now ? long.MinValue : p.Value.LastUsed))
            {
                if (Size <= sizeLimit * 9 / 10)
                    break;
                Remove(key, page);
                dropped = true;
            }
        }
        finally
        {
            _compacting.Exit();
        }

        // The dropped pages are old, so they sit in gen2, which the GC collects only once gen2 has grown by
        // about its own size: under a crawler that renders page after page, the heap would fill up with
        // dropped pages (bench/crawl.sh). A background collection runs beside the requests, with only short
        // pauses, and lets the next pages reuse that memory.
        if (dropped)
            GC.Collect(2, GCCollectionMode.Forced, blocking: false);
    }
}
