using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Agency;

/// <summary>Reads the boilerplate file: <c>title</c> and <c>address</c> in the front matter, the text below.</summary>
public static class BoilerplateReader
{
    /// <summary>The boilerplate file, content-relative: one per site.</summary>
    public const string FilePath = "boilerplate.md";

    /// <summary>The front-matter keys the boilerplate may use.</summary>
    public static IReadOnlyList<string> KnownKeys => BoilerplateKeys.Set.Names;

    /// <summary>Reads the raw bytes of the boilerplate file at content-relative <paramref name="sourcePath"/>.</summary>
    public static ReadResult<Boilerplate> Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList(sourcePath);
        if (ArticleReader.Open(bytes, problems) is not var (markdown, map))
            return new ReadResult<Boilerplate>(null, problems.All);

        ArticleReader.WarnAboutUnknownKeys(map, KnownKeys, problems);
        var title = map.Text(BoilerplateKeys.Title);
        if (title is null && !map.Has(BoilerplateKeys.Title))
            problems.Add(BoilerplateKeys.Title.RequiredBy!, map.Start, "'title' is missing: add 'title: Über die Wirtschaftsförderung Dortmund'");
        else if (title is null)
            problems.Add(Rules.BadValue, map.PositionOf(BoilerplateKeys.Title), "'title' is empty");
        if (markdown.PlainText.Length == 0)
            problems.Add(Rules.EmptyBody, ArticleReader.ClosingLineOf(markdown),
                "the boilerplate has no text below the front matter: write it after this line");

        var boilerplate = new Boilerplate(sourcePath, title ?? "", map.TextList(BoilerplateKeys.Address), markdown.Html);
        return new ReadResult<Boilerplate>(problems.HasErrors ? null : boilerplate, problems.All);
    }
}
