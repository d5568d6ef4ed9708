using System.Runtime.CompilerServices;

namespace Dortmund.News.Web.Tests;

internal static class PollingFileWatcher
{
    /// <summary>
    /// Every test host watches its configuration files; with inotify, parallel hosts (and everything
    /// else the same user runs) exhaust the per-user limit of 128 instances and hosts fail to start.
    /// Polling watchers need no inotify instance; the tests never rely on reload-on-change.
    /// </summary>
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
