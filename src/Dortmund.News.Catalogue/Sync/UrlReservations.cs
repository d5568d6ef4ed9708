using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>How a file's attempt to claim its URLs on its turn ended.</summary>
internal enum ClaimOutcome
{
    Claimed,
    Refused,

    /// <summary>
    /// A URL it wants is reserved by the published version of a file not read yet in this sync, or
    /// wanted by an earlier file that waits for it.
    /// </summary>
    Waiting,
}

/// <summary>
/// The sync's URL ownership, settled file by file in path order on the validator's rules
/// (<see cref="UrlOwnership"/>): articles nobody touches own their URLs; the published
/// version of a file read again <em>reserves</em> its URLs until that file's turn. On its turn the
/// reservation is given up if the new version claims its URLs, or <see cref="Hold">held</see> (owned
/// again) if the new version fails. A file wanting a URL still reserved by a later file waits, and so
/// does every later file wanting a URL a waiting file wants (it queues behind it).
/// </summary>
internal sealed class UrlReservations(ArticleUrls urls)
{
    private readonly UrlOwnership _owned = new(urls);

    // The URLs of the reservations in force; a reservation set aside is in _reservations but not here.
    private readonly UrlOwnership _reserved = new(urls);
    private readonly Dictionary<string, Reservation> _reservations = new(StringComparer.Ordinal);

    // URLs wanted by files that wait, by the first (in path order) that wants each: later files queue behind it.
    private readonly Dictionary<string, string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _queuedBy = new(StringComparer.Ordinal);

    /// <summary>The URLs owned for good: links resolve against these.</summary>
    public UrlOwnership Owned => _owned;

    /// <summary>Records what the published version of a file nobody touches owns.</summary>
    public void Keep(string sourcePath, string page, IReadOnlyList<string> aliases) => _owned.Keep(sourcePath, page, aliases);

    /// <summary>Reserves what the published version of <paramref name="sourcePath"/> owns until that file's turn.</summary>
    public void Reserve(string sourcePath, string page, IReadOnlyList<string> aliases)
    {
        var reservation = new Reservation(page, aliases);
        _reservations[sourcePath] = reservation;
        _reserved.Keep(sourcePath, page, aliases);
    }

    /// <summary>The file's new version failed: its published version stays and owns its URLs again.</summary>
    public void Hold(string sourcePath)
    {
        if (!_reservations.Remove(sourcePath, out var reservation))
            return;
        _reserved.Release(reservation.Page, reservation.Aliases);
        _owned.Keep(sourcePath, reservation.Page, reservation.Aliases);
    }

    /// <summary>
    /// Sets the file's reservation aside without forgetting it (a later <see cref="Hold"/> still gives
    /// the URLs back), and takes it out of the queue: other files then claim as if it held nothing.
    /// </summary>
    public void SetAside(string sourcePath)
    {
        if (_reservations.TryGetValue(sourcePath, out var reservation))
            _reserved.Release(reservation.Page, reservation.Aliases);
        Unqueue(sourcePath);
    }

    /// <summary>
    /// The file's turn: its own reservation is set aside and its new version claims its URLs. A URL
    /// only reserved by another file, or wanted by an earlier file that waits for it, makes it wait
    /// (when <paramref name="waitForReservations"/>) or fail; a file that fails keeps its published
    /// version's URLs.
    /// </summary>
    public ClaimOutcome ClaimInTurn(ParsedFile file, bool waitForReservations)
    {
        var own = _reservations.GetValueOrDefault(file.Path);
        if (own is not null)
            _reserved.Release(own.Page, own.Aliases);
        Unqueue(file.Path);
        var article = file.Article!;
        if (waitForReservations && (_reserved.OwnsAnyUrlOf(article) || UrlsOf(article).Any(_queued.ContainsKey)))
        {
            if (own is not null)
                _reserved.Keep(file.Path, own.Page, own.Aliases);
            Queue(file.Path, UrlsOf(article));
            return ClaimOutcome.Waiting;
        }

        if (_owned.TryClaim(file, alsoTaken: _reserved))
        {
            _reservations.Remove(file.Path);
            return ClaimOutcome.Claimed;
        }

        Hold(file.Path);
        return ClaimOutcome.Refused;
    }

    /// <summary>
    /// Settles the files that waited for a URL, once every file has had its turn, and returns each
    /// with how its claim ended, in the order they settled.
    /// </summary>
    /// <remarks>
    /// Every round gives each waiting file another turn, in path order. A file waits for a URL a later
    /// waiting file still reserves, so a chain (a wants b's slug, b wants c's) settles one link per
    /// round, from its end: rounds repeat while one settles anything. Files left then wait on each
    /// other in a cycle (two articles swapping slugs): their reservations are set aside, and they
    /// claim in path order as if none held anything.
    /// </remarks>
    public List<(ParsedFile File, ClaimOutcome Outcome)> SettleWaiting(IReadOnlyList<ParsedFile> waiting)
    {
        var settled = new List<(ParsedFile, ClaimOutcome)>();
        while (waiting.Count > 0)
        {
            var still = new List<ParsedFile>();
            foreach (var file in waiting)
            {
                var outcome = ClaimInTurn(file, waitForReservations: true);
                if (outcome == ClaimOutcome.Waiting)
                    still.Add(file);
                else
                    settled.Add((file, outcome));
            }

            if (still.Count == waiting.Count)
                break;
            waiting = still;
        }

        foreach (var file in waiting)
            SetAside(file.Path);
        foreach (var file in waiting)
            settled.Add((file, ClaimInTurn(file, waitForReservations: false)));
        return settled;
    }

    private IEnumerable<string> UrlsOf(Article article) =>
        [urls.Of(article), .. article.AliasReferences.Select(a => a.Path)];

    private void Queue(string sourcePath, IEnumerable<string> urls)
    {
        var queued = new List<string>();
        foreach (var url in urls)
        {
            if (_queued.TryAdd(url, sourcePath))
                queued.Add(url);
        }

        _queuedBy[sourcePath] = queued;
    }

    private void Unqueue(string sourcePath)
    {
        if (!_queuedBy.Remove(sourcePath, out var urls))
            return;
        foreach (var url in urls)
            _queued.Remove(url);
    }

    private sealed record Reservation(string Page, IReadOnlyList<string> Aliases);
}
