using Dortmund.News.Content.Articles;

namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// One article's search row, each column as indexed (<see cref="SearchIndex"/>). Built on the parsing
/// threads, so the single writer only inserts it.
/// </summary>
internal sealed record SearchText(string Title, string Summary, string Body, string Extra)
{
    /// <summary>The article's language: its row goes into that language's table (<see cref="SearchIndex.TableOf"/>).</summary>
    public string Language { get; init; } = Content.Translations.Languages.German;

    /// <summary>Tags, authors (by profile name where there is one) and captions go into the extra column.</summary>
    public static SearchText Of(string title, string summary, string body, IEnumerable<string> extra) =>
        new(SearchIndex.Indexed(title), SearchIndex.Indexed(summary), SearchIndex.IndexedBody(body),
            SearchIndex.Indexed(string.Join('\n', extra)));

    public static SearchText Of(Article article, IReadOnlyDictionary<string, string> profileNames) =>
        Of(article.Title, article.Summary, article.PlainText,
            article.Tags
                .Concat(article.Authors.Select(a => profileNames.GetValueOrDefault(a.Slug) ?? a.Name))
                .Concat(article.Gallery.Select(g => g.Caption))) with { Language = article.Language };
}
