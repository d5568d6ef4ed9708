using System.Text.Json;
using Dortmund.News.Catalogue.Model;
using Dortmund.News.Catalogue.Search;
using Dortmund.News.Content.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>Full-text search over the public articles, best match first.</summary>
public sealed class SearchQueries(CatalogueDbContext context, Visibility visibility, ArticleQueries articles)
{
    public const int PageSize = ArticleQueries.PageSize;

    // The FTS table answers count, rank and page by itself: joining every hit with the wide Articles
    // rows instead costs a page read per hit. The match expression is a parameter, built by SearchTerms
    // from quoted words. Hidden articles (drafts, scheduled, expired — few) are excluded by id: in the
    // count inside SQL (only when there are any: the lookup costs on every hit), in the page afterwards,
    // since the first n visible hits are among the first n + hidden ranked ones.
    // Each language has its own table (SearchIndex.TableOf), so a language's search never sees another's articles.
    private static string CountSql(string table) => $"SELECT count(*) AS Value FROM {table} WHERE {table} MATCH {{0}}";

    private static string CountVisibleSql(string table) => CountSql(table) + " AND rowid NOT IN (SELECT value FROM json_each({1}))";

    private static string RankedSql(string table) =>
        $"SELECT rowid AS Value FROM {table} WHERE {table} MATCH {{0}} " +
        "ORDER BY " + SearchIndex.RankSqlOf(table) + ", rowid DESC LIMIT {1}";

    /// <summary>
    /// One page of hits for what the visitor typed; null when the page is past the end. Text without
    /// any word gives an empty first page, never an error: the visitor's text is never query syntax.
    /// </summary>
    public Task<SearchResults?> SearchAsync(string? text, int page, CancellationToken cancellationToken) =>
        SearchAsync(Content.Translations.Languages.German, text, page, cancellationToken);

    /// <summary>The same over the articles in <paramref name="language"/>.</summary>
    public Task<SearchResults?> SearchAsync(string language, string? text, int page, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => ResultsAsync(language, text, page, cancellationToken), cancellationToken);

    private async Task<SearchResults?> ResultsAsync(string language, string? text, int page, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(text);
        if (terms.IsEmpty)
            return page == 1 ? new SearchResults([], new Page<SearchHit>([], 1, PageSize, 0)) : null;

        var match = terms.ToMatchExpression();
        var table = SearchIndex.TableOf(language);
        var hidden = (await visibility.HiddenIds(context.Articles.AsNoTracking()).ToListAsync(cancellationToken)).ToHashSet();
        var total = await (hidden.Count == 0
                ? context.Database.SqlQueryRaw<int>(CountSql(table), match)
                : context.Database.SqlQueryRaw<int>(CountVisibleSql(table), match, JsonSerializer.Serialize(hidden)))
            .SingleAsync(cancellationToken);
        var result = new Page<SearchHit>([], page, PageSize, total);
        if (page < 1 || page > result.PageCount)
            return null;

        var offset = (page - 1) * PageSize;
        var ids = (await context.Database.SqlQueryRaw<int>(RankedSql(table), match, offset + PageSize + hidden.Count).ToListAsync(cancellationToken))
            .Where(id => !hidden.Contains(id)).Skip(offset).Take(PageSize).ToList();
        var rows = (await context.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new
                {
                    a.Id, a.Slug, a.Title, a.PublishedUtc, a.Summary, a.Html, a.Draft,
                    CategoryName = a.Category == null ? null : a.Category.Name,
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id);
        var hits = ids.Where(rows.ContainsKey).Select(id => rows[id])
            .Select(r => new SearchHit(r.Slug, r.Title, Snippet.Marked(r.Title, terms), r.PublishedUtc, r.CategoryName, SnippetOf(HtmlText.Of(r.Html), r.Summary, terms), r.Draft))
            .ToList();
        return new SearchResults(terms.Words, result with { Items = hits });
    }

    // The best passage of the body; else of the summary; else the summary as it is (the match was in a tag, author or caption).
    private static IReadOnlyList<SnippetPart> SnippetOf(string body, string summary, SearchTerms terms) =>
        Snippet.Of(body, terms) is { Count: > 0 } fromBody ? fromBody
        : Snippet.Of(summary, terms) is { Count: > 0 } fromSummary ? fromSummary
        : [new SnippetPart(summary, false)];
}
