using Dortmund.News.Web.Hosting;

namespace Dortmund.News.Web.Commands;

/// <summary>What a command knows of the site it works for: its configuration and its content root, as the site reads them.</summary>
public sealed record CommandSite(IConfiguration Configuration, string ContentRoot)
{
    /// <summary>
    /// The configuration the site would run with here (appsettings.json, the environment's file, environment variables),
    /// from the same content root: a command issues what the running site accepts.
    /// </summary>
    public static CommandSite Load()
    {
        var builder = WebApplication.CreateBuilder(SiteContentRoot.Options([]));
        return new CommandSite(builder.Configuration, builder.Environment.ContentRootPath);
    }
}
