using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Translations;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Content.Authors;

/// <summary>Reads an author profile file.</summary>
public static class AuthorReader
{
    /// <summary>The front-matter keys an author file may use.</summary>
    public static IReadOnlyList<string> KnownKeys => AuthorKeys.Set.Names;

    /// <summary>The slug of the profile at <paramref name="sourcePath"/>: its file name, as articles name their authors.</summary>
    public static string SlugOf(string sourcePath) => SlugText.From(TranslationName.BaseNameOf(sourcePath));

    /// <summary>Reads the raw bytes of the profile at content-relative <paramref name="sourcePath"/>.</summary>
    public static ReadResult<Author> Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList(sourcePath);
        if (ArticleReader.Open(bytes, problems) is not var (markdown, map))
            return new ReadResult<Author>(null, problems.All);

        ArticleReader.WarnAboutUnknownKeys(map, KnownKeys, problems);
        var language = TranslationName.Of(sourcePath).Language ?? Languages.Default;
        if (!Languages.IsKnown(language))
            problems.Add(Rules.UnknownLanguage, Position.Start,
                $"the file name's language suffix '.{language}' is not a language of the site ({string.Join(", ", Languages.All)}): rename the file");
        var name = map.Text(AuthorKeys.Name);
        // A translated profile gives a bio and a role; the name and portrait are the German profile's.
        if (name is null && language == Languages.Default)
            problems.Add(AuthorKeys.Name.RequiredBy!, map.PositionOf(AuthorKeys.Name), "'name' is missing: add 'name: Vorname Nachname'");
        var author = new Author(sourcePath, SlugOf(sourcePath), name ?? "", map.Text(AuthorKeys.Role),
            ArticleReader.ImageOf(sourcePath, map, AuthorKeys.Image, problems), markdown.Html) { Language = language };

        return new ReadResult<Author>(problems.HasErrors ? null : author, problems.All);
    }
}
