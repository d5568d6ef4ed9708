using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Articles;

namespace Dortmund.News.Catalogue.Tests.Validation;

/// <summary>Article files as the sync and the validator hold them once read, parsed from Markdown written here.</summary>
internal static class ParsedArticles
{
    /// <summary>
    /// articles/<paramref name="name"/>.md with a title, a date, the slug and aliases given and the body: the
    /// slug is on line 4, the aliases from line 6 on.
    /// </summary>
    public static ParsedFile Article(string name, string slug, string[]? aliases = null, string body = "Ein Absatz Text.")
    {
        var path = $"articles/{name}.md";
        var aliasLines = aliases is null ? "" : "aliases:\n" + string.Concat(aliases.Select(a => $"  - {a}\n"));
        var markdown = $"---\ntitle: \"{name}\"\ndate: 2026-01-01\nslug: {slug}\n{aliasLines}---\n\n{body}\n";
        var file = ParsedFile.FromArticle(path, "hash-" + name, ArticleReader.Read(path, markdown));
        Assert.NotNull(file.Article);
        return file;
    }
}
