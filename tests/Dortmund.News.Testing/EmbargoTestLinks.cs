using Dortmund.News.Web.Embargo;

namespace Dortmund.News.Testing;

/// <summary>Embargo tokens as the editors' command signs them, with the key ring of a test's content (the site reads the same).</summary>
public static class EmbargoTestLinks
{
    public static string Token(TempContent content, string slug, string sourcePath) =>
        new EmbargoTokens(new DirectoryInfo(content.KeysPath), createsKeys: true, TimeProvider.System).Create(new EmbargoTicket(slug, sourcePath));

    public static string Path(TempContent content, string slug, string sourcePath) => "/vorab/" + Token(content, slug, sourcePath);
}
