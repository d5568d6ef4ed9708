using System.Threading.Channels;
using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Web.Hosting;

namespace Dortmund.News.Web.Syncing;

/// <summary>
/// Live sync: watches content/ while the site runs and syncs after each change. Changes are
/// coalesced: after the first event it waits until the folder has been quiet for
/// <see cref="Quiet"/> (at most <see cref="MaxDelay"/>), so a <c>git checkout</c> touching 500 files
/// becomes one sync. The sync itself reads only touched files. When the folder disappears the site
/// keeps serving its catalogue and the watcher retries until the folder is back.
/// </summary>
/// <remarks>
/// The quiet time and the longest delay are measured on the injected <see cref="TimeProvider"/>, as every
/// other "now" of the site: a test can hold its clock while it writes, so how many syncs a burst
/// becomes does not depend on how fast a busy machine lets the test write.
/// </remarks>
internal sealed class ContentWatcher(
    ContentSync sync, CatalogueSettings settings, BackgroundStart backgroundStart, IConfiguration configuration, TimeProvider time,
    ILogger<ContentWatcher> logger)
    : BackgroundService
{
    /// <summary>Set <c>Content:Watch</c> to false to turn live sync off (the startup sync still runs).</summary>
    public const string EnabledKey = "Content:Watch";

    // Long enough to take a checkout or an editor's save-by-rename (events microseconds apart) as one change.
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    // One pending signal is enough: the sync looks at the whole folder anyway.
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ReportedChanges _changes = new();
    private volatile bool _broken;
    private volatile bool _watching;

    /// <summary>True while the content folder is being watched (false while it is missing).</summary>
    public bool IsWatching => _watching;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, true))
            return;
        try
        {
            await WatchUntilStoppedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped. Also when the site failed to start: its host is disposed without a stop, and the
            // host would report this cancellation as a failed service, with a stack trace.
        }
    }

    private async Task WatchUntilStoppedAsync(CancellationToken stoppingToken)
    {
        // Watching thousands of folders and the catch-up sync after it wait until the first requests are served.
        await backgroundStart.WaitAsync(stoppingToken);
        var root = settings.ContentPath;
        var reportedMissing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var watcher = TryWatch(root);
            if (watcher is null)
            {
                if (!reportedMissing)
                {
                    logger.LogError("Content folder {Path} is missing or cannot be watched; serving the last catalogue and retrying every {Seconds} s",
                        root, RetryInterval.TotalSeconds);
                    await RecordOutageAsync(stoppingToken);
                }

                reportedMissing = true;
                await DelayAsync(RetryInterval, time, stoppingToken);
                continue;
            }

            if (reportedMissing)
                logger.LogInformation("Content folder {Path} is back; watching it again and syncing what changed while it was gone", root);
            else
                logger.LogInformation("Watching {Path}; syncing it once more for changes made before watching began (at a first start: during the first sync)", root);
            reportedMissing = false;
            _broken = false;
            _watching = true;
            _changes.Reset();
            // Catch up with whatever changed while nothing was watching (startup, or the folder was gone).
            _changes.Everything();
            Signal();
            await WatchAsync(root, stoppingToken);
            _watching = false;
        }
    }

    private async Task WatchAsync(string root, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && !_broken)
        {
            // Also wake up now and then: a deleted folder does not always raise an event.
            using (var heartbeat = new CancellationTokenSource(RetryInterval, time))
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, heartbeat.Token))
            {
                try
                {
                    await _signals.Reader.ReadAsync(either.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    if (!Directory.Exists(root))
                        _broken = true;
                    continue;
                }
            }

            await SettleAsync(stoppingToken);
            if (!Directory.Exists(root))
            {
                _broken = true;
                return;
            }

            var changedPaths = _changes.Take();
            try
            {
                await sync.SyncAsync(changedPaths, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _changes.Everything();
                // Whatever went wrong, the site must keep serving: a failing background service would stop the host.
                // The catalogue stays as it was; the next change (or the folder's return) tries again.
                logger.LogError(e, "Live sync of {Path} failed; the site keeps serving the last catalogue", root);
                if (!Directory.Exists(root))
                    _broken = true;
            }
        }
    }

    /// <summary>Waits until no change has arrived for <see cref="Quiet"/>, or <see cref="MaxDelay"/> has passed.</summary>
    private async Task SettleAsync(CancellationToken stoppingToken)
    {
        var deadline = time.GetUtcNow() + MaxDelay;
        while (time.GetUtcNow() < deadline)
        {
            using var quiet = new CancellationTokenSource(Quiet, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, quiet.Token);
            try
            {
                await _signals.Reader.ReadAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private FileSystemWatcher? TryWatch(string root)
    {
        if (!Directory.Exists(root))
            return null;
        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                // Fewer lost events in a burst; a lost event is harmless anyway (Error → full sync).
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => OnChange(root, e.FullPath);
            watcher.Created += (_, e) => OnChange(root, e.FullPath);
            watcher.Deleted += (_, e) => OnChange(root, e.FullPath);
            watcher.Renamed += (_, e) => { OnChange(root, e.OldFullPath); OnChange(root, e.FullPath); };
            watcher.Error += (_, e) =>
            {
                // Lost events, or folders left unwatched (inotify's watch limit): from now on every sync of this
                // watcher scans the whole folder, because its reports can no longer be trusted to be complete.
                logger.LogWarning(e.GetException(), "Watching {Path} reported an error; syncing the whole folder from now on", root);
                if (!Directory.Exists(root))
                    _broken = true;
                _changes.AlwaysEverything();
                Signal();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Cannot watch {Path}", root);
            return null;
        }
    }

    private void OnChange(string root, string fullPath)
    {
        // Hidden files and folders (.git, editors' swap files) are not content.
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part != ".."))
            return;
        _changes.Add(fullPath);
        Signal();
    }

    private void Signal() => _signals.Writer.TryWrite(true);

    // A sync attempt records the failure where /readyz reads it (ContentSync.LastFailure); it changes nothing.
    private async Task RecordOutageAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sync.SyncAsync(stoppingToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Expected: the folder is gone. The catalogue stays as it was.
        }
    }

    /// <summary>The paths reported since the last sync, or "everything" (after a start, an error or a failed sync).</summary>
    private sealed class ReportedChanges
    {
        // Past this many paths, looking at each again costs more than scanning the tree.
        private const int Limit = 2000;
        private readonly Lock _lock = new();
        private HashSet<string>? _paths;
        private bool _everything = true;
        private bool _untrusted;

        /// <summary>A new watcher: its reports are trusted again.</summary>
        public void Reset()
        {
            lock (_lock)
                _untrusted = false;
        }

        /// <summary>The watcher reported an error: every sync from now on looks at the whole folder.</summary>
        public void AlwaysEverything()
        {
            lock (_lock)
                (_untrusted, _everything) = (true, true);
        }

        public void Add(string fullPath)
        {
            lock (_lock)
            {
                if (_everything)
                    return;
                (_paths ??= new HashSet<string>(StringComparer.Ordinal)).Add(fullPath);
                _everything = _paths.Count > Limit;
            }
        }

        public void Everything()
        {
            lock (_lock)
                _everything = true;
        }

        /// <summary>What to sync: the reported paths, or null for the whole folder; then starts collecting afresh.</summary>
        public IReadOnlyCollection<string>? Take()
        {
            lock (_lock)
            {
                IReadOnlyCollection<string>? taken = _everything ? null : (IReadOnlyCollection<string>?)_paths ?? [];
                (_paths, _everything) = (null, _untrusted);
                return taken;
            }
        }
    }

    private static async Task DelayAsync(TimeSpan delay, TimeProvider time, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
