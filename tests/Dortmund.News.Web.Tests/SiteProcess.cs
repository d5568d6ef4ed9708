using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests;

/// <summary>
/// The site as a real process (the built Dortmund.News.Web.dll on Kestrel, 127.0.0.1 only), for
/// tests that must kill it, restart it or reach it from outside the test host.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private SiteProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// The port Kestrel bound, read from its "Now listening on" line: known once that was logged. Kestrel
    /// picks a free port itself; a port found free by the test and handed over could be taken by any other
    /// process on the machine before the site bound it.
    /// </summary>
    public int Port => _lines.FirstOrDefault(l => l.Contains(ListeningOn, StringComparison.Ordinal)) is { } line
        ? int.Parse(line[(line.LastIndexOf(':') + 1)..].TrimEnd('/'), CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"the site has not logged '{ListeningOn}' yet");

    private const string ListeningOn = "Now listening on: http://127.0.0.1:";

    /// <summary>The process's resident memory (VmRSS), in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public IReadOnlyCollection<string> Log => _lines;

    /// <summary>
    /// Starts the site over <paramref name="content"/>; by default on a port Kestrel picks, with the content's catalogue,
    /// in the folder of the built program. <paramref name="settings"/>: configuration as environment variables
    /// (<c>Site__BaseUrl</c>); <paramref name="arguments"/>: more of the host's own command-line arguments.
    /// </summary>
    public static SiteProcess Start(TempContent content, string environment = "Production",
        int? port = null, string? catalogue = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyList<string>? arguments = null)
    {
        var shared = TestSiteSettings.For(content, environment, catalogue);
        var start = new ProcessStartInfo("dotnet", [WebDll, "--urls", $"http://127.0.0.1:{port ?? 0}", .. arguments ?? []])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(WebDll)!,
        };
        foreach (var (key, value) in shared)
            start.Environment[key == TestSiteSettings.EnvironmentKey ? "ASPNETCORE_ENVIRONMENT" : key.Replace(":", "__", StringComparison.Ordinal)] = value;
        // Tests talk plain HTTP on loopback, as behind a TLS-terminating proxy.
        start.Environment["Site__HttpsRedirection"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return new SiteProcess(Process.Start(start)!);
    }

    /// <summary>Runs the built program with <paramref name="arguments"/> (a command, or a wrong command line) until it ends by itself.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [WebDll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' still ran after {timeout} (a web server started?): {await output}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Waits until the process ends by itself; returns its exit code, with every line it wrote in <see cref="Log"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // and the output read to its end
        return _process.ExitCode;
    }

    /// <summary>Waits until a log line contains <paramref name="text"/>; returns that line.</summary>
    public async Task<string> WaitForLogAsync(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!cancel.IsCancellationRequested)
        {
            if (_lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
                return line;
            if (_process.HasExited)
                break;
            await Task.Delay(20, CancellationToken.None);
        }

        throw new TimeoutException($"no log line with '{text}' (exited: {_process.HasExited}). Log:\n{string.Join('\n', _lines)}");
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code once the process has ended.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (SendSignal(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>SIGKILL: no shutdown hooks, no flushing — as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    // The web project's own build output, built because this test project references it.
    private static string WebDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(TempContent.RepositoryRoot, "src", "Dortmund.News.Web", "bin", configuration, "net10.0", "Dortmund.News.Web.dll");
        }
    }
}
