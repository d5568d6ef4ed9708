using System.Diagnostics;
using System.Text.Json;

namespace Dortmund.News.Testing;

/// <summary>
/// Reads vCard (RFC 6350) and iCalendar (RFC 5545) text with ical.js, Mozilla's parser (tests/tools, from npm): an
/// independent reader of what the site writes. Returns its jCard/jCal form (RFC 7095/7265): <c>["vcard", [[name,
/// {params}, type, value, …], …], []]</c>. A text it cannot parse fails the test with ical.js's message.
/// </summary>
public static class IcalJs
{
    private const string Script = """
        const ICAL = require("ical.js");
        const text = require("fs").readFileSync(process.argv[1], "utf8");
        process.stdout.write(JSON.stringify(ICAL.parse(text)));
        """;

    public static async Task<JsonElement> ParseAsync(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"icaljs-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, text);
        try
        {
            // Run in tests/tools, so require() finds its node_modules.
            var start = new ProcessStartInfo(ExternalTools.NodePath!, ["-e", Script, file])
            {
                WorkingDirectory = Path.GetDirectoryName(ExternalTools.NodeModules)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            if (node.ExitCode != 0)
                throw new InvalidOperationException($"ical.js could not parse the text: {await errors}");
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The properties of a parsed vCard or calendar component: (name, parameters, value type, value).</summary>
    public static IReadOnlyList<(string Name, JsonElement Parameters, string Type, JsonElement Value)> Properties(JsonElement component) =>
        component[1].EnumerateArray().Select(p => (p[0].GetString()!, p[1], p[2].GetString()!, p[3])).ToList();
}
