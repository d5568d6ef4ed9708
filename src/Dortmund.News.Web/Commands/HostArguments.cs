namespace Dortmund.News.Web.Commands;

/// <summary>
/// The command line the web host itself takes: its own options (<c>--urls</c>, <c>--environment</c>, <c>--contentRoot</c> …),
/// configuration overrides (<c>--Key=value</c> for any key; <c>--Section:Key value</c> and <c>Section:Key=value</c> for a
/// configuration path), or nothing. Anything else is a command or a mistake: ASP.NET would ignore it and start the server on port 5000, so a
/// mistyped command (or one this version lacks) looked like it worked.
/// </summary>
public static class HostArguments
{
    /// <summary>The host's own settings (WebHostDefaults, HostDefaults) and the site's top-level configuration values.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports", "https_port",
        "detailedErrors", "shutdownTimeoutSeconds", "captureStartupErrors", "suppressStatusMessages", "preventHostingStartup",
        "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "AllowedHosts", "ReloadStaticAssetsAtRuntime",
    };

    /// <summary>True when every argument is one the web host takes (no arguments at all included).</summary>
    public static bool Accepts(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') is var assigned and > 2)
            {
                // --Key=value is a configuration override whatever the key (WebApplicationFactory passes the host's
                // configuration so, sections included: --Content=).
                if (arg[2] == ':')
                    return false;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!IsHostKey(arg[2..]) || i + 1 >= args.Length)
                    return false;
                i++; // --key value: the next argument is the value, whatever it looks like
            }
            else if (arg.IndexOf('=') is var equals and > 0 && IsHostKey(arg[..equals]))
                continue; // key=value
            else
                return false;
        }

        return true;
    }

    // A configuration path (Section:Key) or one of the host's own keys.
    private static bool IsHostKey(string key) =>
        key.Length > 0 && (HostKeys.Contains(key) || (key.Contains(':') && !key.StartsWith(':') && !key.EndsWith(':')));
}
