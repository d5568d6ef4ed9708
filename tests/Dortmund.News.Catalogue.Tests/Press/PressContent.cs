using Dortmund.News.Testing;

namespace Dortmund.News.Catalogue.Tests.Press;

/// <summary>Contact and boilerplate files for the press tests.</summary>
internal static class PressContent
{
    public static string WriteContact(this TempContent content, string slug, string name, bool isDefault = false, string phone = "+49 30 23125 000") =>
        content.Write($"contacts/{slug}.md",
            $"---\nname: {name}\nrole: Pressestelle\norganisation: Wirtschaftsförderung Dortmund\nemail: {slug}@example.org\nphone: {phone}\n"
            + (isDefault ? "default: true\n" : "") + "---\n");

    public static string WriteBoilerplate(this TempContent content, string text, string address = "[Wirtschaftsförderung Dortmund, Dortmund]") =>
        content.Write("boilerplate.md", $"---\ntitle: Über die Wirtschaftsförderung Dortmund\naddress: {address}\n---\n{text}\n");
}
