using Microsoft.AspNetCore.Connections;

namespace Dortmund.News.Web.Hosting;

/// <summary>
/// A reason the site cannot start that the operator fixes in its configuration or on the machine (the port is
/// taken, the catalogue folder cannot be made, there is no content folder): said in one line with what and
/// where, instead of an unhandled exception's stack trace and SIGABRT.
/// </summary>
internal sealed class StartupFailure(string message, Exception? cause = null) : Exception(message, cause)
{
    /// <summary>The line to print for <paramref name="exception"/>; null for anything else, which keeps its stack trace.</summary>
    public static string? Explain(Exception exception) => exception switch
    {
        StartupFailure failure => "Dortmund.News cannot start: " + failure.Message,
        IOException { InnerException: AddressInUseException } bind =>
            $"Dortmund.News cannot start: {bind.Message} Stop the other program there or choose another address with --urls.",
        AggregateException { InnerExceptions: [var single] } => Explain(single),
        _ => null,
    };
}
