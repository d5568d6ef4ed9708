using System.Diagnostics;
using System.Text.Json;

namespace Dortmund.News.Testing;

/// <summary>
/// Phil Harvey's ExifTool (Debian's libimage-exiftool-perl): an independent reader and writer of photo metadata,
/// for tests that must not trust the site's own code to say what a file carries.
/// </summary>
public static class ExifTool
{
    /// <summary>Every tag in <paramref name="file"/> as "Group:Tag" (family-1 groups, e.g. <c>IPTC:Credit</c>, <c>XMP-dc:Rights</c>, <c>GPS:GPSLatitude</c>) → value.</summary>
    public static Dictionary<string, string> Read(string file)
    {
        using var json = JsonDocument.Parse(Run("-j", "-a", "-G1", file));
        return json.RootElement[0].EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    /// <summary>Writes tags into <paramref name="file"/> in place, e.g. <c>-Make=Canon</c>, <c>-ThumbnailImage&lt;=thumb.jpg</c>.</summary>
    public static void Write(string file, params string[] assignments) => Run([.. assignments, "-overwrite_original", file]);

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExternalTools.ExiftoolPath ?? throw new InvalidOperationException("exiftool is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"exiftool {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
