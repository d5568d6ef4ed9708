using Microsoft.AspNetCore.Connections;

namespace Dortmund.News.Web.Hosting;

internal static class ServerExtensions
{
    /// <summary>
    /// Kestrel's I/O buffers from <see cref="WarmBlockPool"/> (the last one returned first) instead of
    /// its own FIFO pool. Registered after Kestrel's, so this one is used.
    /// </summary>
    public static IServiceCollection AddSiteServer(this IServiceCollection services) =>
        services.AddSingleton<IMemoryPoolFactory<byte>, WarmBlockPoolFactory>();
}
