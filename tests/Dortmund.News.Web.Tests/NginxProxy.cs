using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dortmund.News.Testing;

namespace Dortmund.News.Web.Tests;

/// <summary>nginx with the shipped deploy/nginx.conf in front of a site process, on 127.0.0.1, until disposed.</summary>
public sealed class NginxProxy : IDisposable
{
    private readonly Process _nginx;
    private readonly string _run;

    private NginxProxy(Process nginx, string run, int port)
    {
        _nginx = nginx;
        _run = run;
        Port = port;
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static async Task<NginxProxy> StartAsync(int sitePort)
    {
        var run = Directory.CreateTempSubdirectory("dortmund-news-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(run, (UnixFileMode)0b111_101_101); // nginx's workers (an unprivileged user) keep their cache below it
        var port = FreePort();
        var config = File.ReadAllText(Path.Combine(TempContent.RepositoryRoot, "deploy", "nginx.conf"))
            .Replace("@RUN@", run).Replace("@PORT@", port.ToString()).Replace("@REPLICA1@", sitePort.ToString()).Replace("@REPLICA2@", sitePort.ToString());
        File.WriteAllText(Path.Combine(run, "nginx.conf"), config);
        var nginx = Process.Start(new ProcessStartInfo(ExternalTools.NginxPath!, ["-c", Path.Combine(run, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var proxy = new NginxProxy(nginx, run, port);
        using var client = new TcpClient();
        for (var attempt = 0; attempt < 100 && !client.Connected; attempt++)
        {
            if (nginx.HasExited)
                throw new InvalidOperationException($"nginx ended: {await nginx.StandardError.ReadToEndAsync()}");
            try { await client.ConnectAsync(IPAddress.Loopback, port); }
            catch (SocketException) { await Task.Delay(50); }
        }

        return proxy;
    }

    public void Dispose()
    {
        if (!_nginx.HasExited)
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit();
        }

        _nginx.Dispose();
        Directory.Delete(_run, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
