namespace Dortmund.News.Web.Hosting;

/// <summary>
/// When the site's own work after a start may begin: the watch of content/ and the sync that catches up with
/// what changed while nothing watched, after a first start the image variants and search rows, and the press
/// photo downloads made ahead. It waits for <see cref="HeadStart"/> after the server listens, so the first
/// requests (a load balancer's /readyz, the first pages, each preparing what it needs once) have the cores to
/// themselves (docs/performance.md).
/// </summary>
internal sealed class BackgroundStart(IHostApplicationLifetime lifetime, TimeProvider time)
{
    public static readonly TimeSpan HeadStart = TimeSpan.FromSeconds(2);

    /// <summary>Completes <see cref="HeadStart"/> (on the site's clock) after the server started to listen; not before, even when the site never listens.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(cancellationToken);
        await Task.Delay(HeadStart, time, cancellationToken);
    }
}
