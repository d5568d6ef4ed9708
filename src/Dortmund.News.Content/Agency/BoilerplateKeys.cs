using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Agency;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The front-matter keys of <c>content/boilerplate.md</c>, read by <see cref="BoilerplateReader"/>.</summary>
public static class BoilerplateKeys
{
    public static readonly TextKey Title = new("title", "Überschrift, z. B. Über die Wirtschaftsförderung Dortmund.") { RequiredBy = Rules.MissingKey };
    public static readonly TextListKey Address = new("address", "Anschrift als Liste von Zeilen; steht unten auf jeder Seite.");

    public static readonly KeySet Set = new("boilerplate", "Boilerplate (content/boilerplate.md)", [Title, Address]);
}
