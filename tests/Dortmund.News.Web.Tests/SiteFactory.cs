using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Dortmund.News.Web.Hosting;
using Dortmund.News.Web.LiveSync;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests;

/// <summary>The real site over a temporary content folder and a temporary SQLite file.</summary>
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting(CatalogueHostingExtensions.ContentPathKey, Content.ContentPath);
        builder.UseSetting("ConnectionStrings:" + CatalogueHostingExtensions.ConnectionStringName, Content.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting(ContentWatcher.EnabledKey, LiveSync ? "true" : "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (Time is { } time)
            builder.ConfigureTestServices(services => services.AddSingleton(time));
    }
}
