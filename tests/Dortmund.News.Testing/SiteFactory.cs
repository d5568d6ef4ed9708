using System.Net;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Web.Syncing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Testing;

/// <summary>
/// The real site over a temporary content folder and a temporary SQLite file, in the test process:
/// in memory (<see cref="CreateVisitor"/>), or on Kestrel at 127.0.0.1 for a browser (<see cref="StartOnLoopback"/>).
/// </summary>
public sealed class SiteFactory(TempContent content, string environment = "Production") : WebApplicationFactory<Program>
{
    public TempContent Content { get; } = content;

    public Task<SyncReport> SyncAsync() => Services.GetRequiredService<ContentSync>().SyncAsync();

    /// <summary>Turns on the live sync (content folder watcher); off by default so tests sync when they say so.</summary>
    public bool LiveSync { get; init; }

    /// <summary>Extra configuration for this host, e.g. <c>Site:BaseUrl</c>.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>A clock to use instead of the system's, for behaviour that depends on "now".</summary>
    public TimeProvider? Time { get; init; }

    public HttpClient CreateVisitor() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Starts the site on Kestrel at 127.0.0.1 and a port it picks (a browser needs a real socket, which the
    /// in-memory server lacks); returns its address, e.g. http://127.0.0.1:40123.
    /// </summary>
    public string StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in TestSiteSettings.For(Content, environment))
            builder.UseSetting(key, value);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting(ContentWatcher.EnabledKey, LiveSync ? "true" : "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (Time is { } time)
            builder.ConfigureTestServices(services => services.AddSingleton(time));
    }
}
