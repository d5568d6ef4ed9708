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
            // The host logs a failed start with its stack trace; Program prints what the operator needs in one line.
            .Filter.ByExcluding(e => e.Exception is { } exception && StartupFailure.Explain(exception) is not null)
            .Enrich.FromLogContext());
        return builder;
    }
}
