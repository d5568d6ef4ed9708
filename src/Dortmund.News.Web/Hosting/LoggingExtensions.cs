using Serilog;

namespace Dortmund.News.Web.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog configured from appsettings.json. No static bootstrap logger: each host builds its
    /// own, so several WebApplicationFactory hosts in one test run do not fight over Log.Logger.
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
