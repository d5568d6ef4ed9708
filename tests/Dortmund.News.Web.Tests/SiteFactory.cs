using Dortmund.News.Catalogue;
using Dortmund.News.Catalogue.Sync;
using Dortmund.News.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests;

/// <summary>The real site over a temporary content folder and a temporary SQLite file.</summary>
public sealed class SiteFactory(TempContent content, string environment = "Production") : WebApplicationFactory<Program>
{
    public TempContent Content { get; } = content;

    public Task<SyncReport> SyncAsync() => Services.GetRequiredService<ContentSync>().SyncAsync();

    private Dictionary<string, string?> _settings = [];

    /// <summary>Extra configuration for this host (before its first request).</summary>
    public SiteFactory WithSettings(Dictionary<string, string?> settings)
    {
        _settings = settings;
        return this;
    }

    public HttpClient CreateVisitor() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting(CatalogueSettings.ContentPathKey, Content.ContentPath);
        builder.UseSetting("ConnectionStrings:" + CatalogueSettings.ConnectionStringName, Content.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }
}
