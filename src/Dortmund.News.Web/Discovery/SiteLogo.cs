namespace Dortmund.News.Web.Discovery;

/// <summary>The publisher logo in wwwroot (a raster image, as Google's publisher markup requires).</summary>
public static class SiteLogo
{
    public const string Path = "/img/logo.png";
    public const int Width = 512;
    public const int Height = 512;
}
