using Xunit;

namespace Dortmund.News.Testing;

/// <summary>
/// Outside tools some tests drive: Debian's Chromium, nginx and ExifTool (an independent reader of photo metadata),
/// the W3C Nu HTML Checker (Java + vnu-jar from npm), and ical.js (Node + ical.js from npm), Mozilla's parser of
/// vCard and iCalendar, to read back what the site writes.
/// </summary>
public static class ExternalTools
{
    public const string Chromium = "chromium";
    public const string Vnu = "vnu";
    public const string Nginx = "nginx";
    public const string IcalJs = "ical.js";
    public const string Exiftool = "exiftool";

    /// <summary>CI sets CI=true: there a missing tool is a failure, not a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? NginxPath => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null;

    public static string? ChromiumPath => File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public static string? ExiftoolPath => File.Exists("/usr/bin/exiftool") ? "/usr/bin/exiftool" : null;

    /// <summary>Where .ci/run installs the npm test tools (tests/tools/package.json).</summary>
    public static string NodeModules => Path.Combine(TempContent.RepositoryRoot, "tests", "tools", "node_modules");

    /// <summary>axe-core's browser script, to inject into pages under test; null when not installed.</summary>
    public static string? AxeScriptPath => Path.Combine(NodeModules, "axe-core", "axe.min.js") is var path && File.Exists(path) ? path : null;

    /// <summary>vnu.jar from VNU_JAR, or from tests/tools/node_modules (installed by .ci/run with npm).</summary>
    public static string? VnuJarPath
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("VNU_JAR"),
                Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"),
            };
            return candidates.FirstOrDefault(c => c is not null && File.Exists(c)) is { } jar && JavaPath is not null ? jar : null;
        }
    }

    public static string? JavaPath => OnPath("java");

    public static string? NodePath => OnPath("node");

    /// <summary>ical.js's package folder (tests/tools/node_modules, installed by .ci/run with npm); null when not installed or without Node.</summary>
    public static string? IcalJsPath =>
        Path.Combine(NodeModules, "ical.js") is var path && File.Exists(Path.Combine(path, "package.json")) && NodePath is not null ? path : null;

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>Why a test needing <paramref name="tool"/> cannot run here, or null when it can.</summary>
    public static string? MissingReason(string tool) => tool switch
    {
        Chromium when ChromiumPath is null || AxeScriptPath is null =>
            "Chromium or axe-core missing (apt-get install -y chromium; npm ci --prefix tests/tools); .ci/run installs them",
        Vnu when VnuJarPath is null => "Java or vnu-jar missing (npm ci --prefix tests/tools); .ci/run installs them",
        Nginx when NginxPath is null => "nginx missing (apt-get install -y nginx); .ci/run installs it",
        IcalJs when IcalJsPath is null => "Node or ical.js missing (npm ci --prefix tests/tools); .ci/run installs them",
        Exiftool when ExiftoolPath is null => "exiftool missing (apt-get install -y libimage-exiftool-perl); .ci/run installs it",
        Chromium or Vnu or Nginx or IcalJs or Exiftool => null,
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "unknown outside tool"),
    };
}

/// <summary>
/// A fact that needs an outside tool: skipped with a visible reason where the tool is missing,
/// but run (and so failing) in CI, which must always install it.
/// </summary>
public sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(string tool)
    {
        if (ExternalTools.MissingReason(tool) is { } reason && !ExternalTools.InCi)
            Skip = reason;
    }
}

/// <summary>The theory form of <see cref="ExternalToolFactAttribute"/>.</summary>
public sealed class ExternalToolTheoryAttribute : TheoryAttribute
{
    public ExternalToolTheoryAttribute(string tool)
    {
        if (ExternalTools.MissingReason(tool) is { } reason && !ExternalTools.InCi)
            Skip = reason;
    }
}
