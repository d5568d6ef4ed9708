using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace Dortmund.News.Web.Hosting;

/// <summary>
/// The folder appsettings.json, wwwroot and relative paths (<c>Content:Path</c>, the catalogue) are taken from,
/// whatever the working directory: a build inside the project's <c>bin/</c> runs as <c>dotnet run</c> does, from the
/// project folder (so <c>../../content</c> is the repository's content); a published site from its own folder.
/// ASP.NET would take the working directory, and a program started elsewhere silently lost its configuration.
/// </summary>
internal static class SiteContentRoot
{
    /// <summary>The MSBuild project folder, written into builds but not into a publish (Dortmund.News.Web.csproj).</summary>
    private const string ProjectFolderKey = "ProjectFolder";

    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = Choose(args) };

    /// <summary>Null when the content root is given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, WebApplicationFactory): that one wins.</summary>
    private static string? Choose(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        if (!string.IsNullOrEmpty(given))
            return null;
        var program = AppContext.BaseDirectory;
        var project = typeof(SiteContentRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == ProjectFolderKey)?.Value;
        var projectBin = project is null ? null : Path.Combine(project, "bin") + Path.DirectorySeparatorChar;
        return projectBin is not null && program.StartsWith(projectBin, StringComparison.Ordinal) ? project : program;
    }
}
