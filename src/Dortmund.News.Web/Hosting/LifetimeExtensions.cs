namespace Dortmund.News.Web.Hosting;

internal static class LifetimeExtensions
{
    /// <summary>
    /// Runs the site until it is stopped. A stop (SIGTERM, Ctrl+C) that comes while it is still starting,
    /// e.g. during a first sync, ends it normally (exit code 0) instead of as an unhandled exception.
    /// </summary>
    public static async Task RunUntilStoppedAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping; // taken now: RunAsync disposes the host before a catch runs
        try
        {
            await app.RunAsync();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
