using Dortmund.News.Web.Embargo;
using Dortmund.News.Web.Hosting;
using Dortmund.News.Web.Syncing;
using Microsoft.AspNetCore.Hosting;

namespace Dortmund.News.Testing;

/// <summary>
/// The configuration every test host of the site starts from: its environment, the content folder and
/// the catalogue file of a <see cref="TempContent"/>. <see cref="SiteFactory"/> hosts the site in the test
/// process with it; the Web tests' SiteProcess passes it to a real process as environment variables.
/// </summary>
public static class TestSiteSettings
{
    /// <summary>
    /// Every host watches its configuration files; with inotify, parallel hosts (and everything else the
    /// same user runs) exhaust the per-user limit of 128 instances and hosts fail to start. Polling
    /// watchers need none, and the tests never rely on reload-on-change. Processes started from here
    /// inherit it.
    /// </summary>
    static TestSiteSettings() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <summary>The host setting that names the environment (Production, Development).</summary>
    public static readonly string EnvironmentKey = WebHostDefaults.EnvironmentKey;

    /// <summary>
    /// Settings by configuration key; <paramref name="catalogue"/> replaces the content's own catalogue connection string.
    /// Photo downloads are made when asked for, not after every sync: each test host would otherwise encode the same photos
    /// (tests of the background making turn it on).
    /// </summary>
    public static Dictionary<string, string?> For(TempContent content, string environment, string? catalogue = null) => new()
    {
        [EnvironmentKey] = environment,
        [CatalogueHostingExtensions.ContentPathKey] = content.ContentPath,
        ["ConnectionStrings:" + CatalogueHostingExtensions.ConnectionStringName] = catalogue ?? content.ConnectionString,
        // The embargo links' key ring, the test's own (the default is in the web project's folder).
        [EmbargoTokens.KeysPathKey] = content.KeysPath,
        [PressPhotosInBackgroundKey] = "false",
    };

    /// <summary>Whether photo downloads are made after each sync (PressPhotoOptions.MakeInBackground).</summary>
    public const string PressPhotosInBackgroundKey = "PressPhotos:MakeInBackground";
}
