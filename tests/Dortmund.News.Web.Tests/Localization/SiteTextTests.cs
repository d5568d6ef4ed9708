using System.Collections;
using System.Globalization;
using System.Resources;
using Dortmund.News.Web.Localization;

namespace Dortmund.News.Web.Tests.Localization;

/// <summary>Every UI text exists in German and in English.</summary>
public sealed class SiteTextTests
{
    [Fact]
    public void German_and_english_resources_have_the_same_keys_and_no_empty_text()
    {
        var resources = new ResourceManager(typeof(SiteText));
        var german = Texts(resources, CultureInfo.InvariantCulture);
        var english = Texts(resources, CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(german);
        Assert.Equal(german.Keys.Order(), english.Keys.Order());
        Assert.All(german.Concat(english), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Key));
        // A format string takes the same arguments in both languages.
        Assert.All(german, text => Assert.Equal(Placeholders(text.Value), Placeholders(english[text.Key])));
    }

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order()];
}
