using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Content.Schema;

/// <summary>One schema file: its name, the keys it describes, and the files (content-relative glob) it is for.</summary>
public sealed record ContentSchema(string FileName, KeySet Keys, string Files);

/// <summary>The schema files written into <c>content/.schema/</c>, one per kind of content file.</summary>
public static class ContentSchemas
{
    /// <summary>The folder inside content/ the schemas are written to (the site reads no file there).</summary>
    public const string Folder = ".schema";

    /// <summary>Every kind of file the site reads front matter from; translations (<c>*.en.md</c>) have their own.</summary>
    public static IReadOnlyList<ContentSchema> All { get; } =
    [
        new("article.schema.json", ArticleKeys.Set, "articles/**/*.md"),
        new("article.en.schema.json", ArticleKeys.TranslationSet, "articles/**/*.en.md"),
        new("author.schema.json", AuthorKeys.Set, "authors/*.md"),
        new("author.en.schema.json", AuthorKeys.TranslationSet, "authors/*.en.md"),
        new("contact.schema.json", ContactKeys.Set, ContactReader.Folder + "/*.md"),
        new("boilerplate.schema.json", BoilerplateKeys.Set, BoilerplateReader.FilePath),
    ];

    /// <summary>The schema for the content file at <paramref name="sourcePath"/> (content-relative), or null when the site reads no front matter there.</summary>
    public static ContentSchema? For(string sourcePath)
    {
        var translation = TranslationName.Of(sourcePath).Language is { } language && language != Languages.Default;
        return sourcePath switch
        {
            _ when sourcePath.StartsWith("articles/", StringComparison.Ordinal) => Named(translation ? "article.en.schema.json" : "article.schema.json"),
            _ when sourcePath.StartsWith("authors/", StringComparison.Ordinal) => Named(translation ? "author.en.schema.json" : "author.schema.json"),
            _ when sourcePath.StartsWith(ContactReader.Folder + "/", StringComparison.Ordinal) => Named("contact.schema.json"),
            BoilerplateReader.FilePath => Named("boilerplate.schema.json"),
            _ => null,
        };
    }

    private static ContentSchema Named(string fileName) => All.Single(s => s.FileName == fileName);
}
