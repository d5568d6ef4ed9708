using System.Net;
using Dortmund.News.Testing;
using Dortmund.News.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Browser.Tests;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and a free port, over a temporary copy of the seed
/// content: a browser needs a real socket, which WebApplicationFactory's in-memory server lacks.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>
{
    private readonly TempContent _content;

    // File watchers poll instead of taking inotify instances: the machine's limit (128 per user) is
    // shared by every host of a parallel test run, and by other runs beside it.
    static KestrelSite() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public KestrelSite(TempContent content)
    {
        _content = content;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = address.TrimEnd('/');
    }

    /// <summary>The site's address, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(CatalogueHostingExtensions.ContentPathKey, _content.ContentPath);
        builder.UseSetting("ConnectionStrings:" + CatalogueHostingExtensions.ConnectionStringName, _content.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
