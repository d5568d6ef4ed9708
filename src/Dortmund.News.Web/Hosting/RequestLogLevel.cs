using Serilog.Events;

namespace Dortmund.News.Web.Hosting;

/// <summary>The level a request's log line is written at: only slow and failed requests reach the shipped log.</summary>
internal static class RequestLogLevel
{
    /// <summary>From this duration on a request is logged as slow.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    public static LogEventLevel Of(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : elapsedMilliseconds >= Slow.TotalMilliseconds ? LogEventLevel.Warning
        : LogEventLevel.Debug;
}
