using Dortmund.News.Catalogue.Search;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>A search result page: the words searched for (empty when the visitor typed none) and one page of hits.</summary>
public sealed record SearchResults(IReadOnlyList<string> Words, Page<SearchHit> Hits);

/// <summary>One search hit: what the result list shows, with the title's matched words and the passage that matched.</summary>
public sealed record SearchHit(
    string Slug, string Title, IReadOnlyList<SnippetPart> MarkedTitle, DateTime PublishedUtc, string? CategoryName, IReadOnlyList<SnippetPart> Snippet, bool Draft);

/// <summary>A category or tag page: its name and one page of its articles.</summary>
public sealed record TaxonomyPage(TaxonomyLink Taxonomy, Page<ArticleCard> Articles);

/// <summary>A tag with the number of public articles carrying it.</summary>
public sealed record TagCount(string Slug, string Name, int Count);

/// <summary>A year of the archive with its months (newest first); only months with articles.</summary>
public sealed record ArchiveYear(int Year, int Count, IReadOnlyList<ArchiveMonthCount> Months);

/// <summary>A month of the archive (1–12) and how many articles appeared in it.</summary>
public sealed record ArchiveMonthCount(int Year, int Month, int Count);

/// <summary>One page of a year's (or one month's) articles, newest first.</summary>
public sealed record ArchivePage(int Year, int? Month, Page<ArticleCard> Articles);

/// <summary>What the article page shows below the article: related articles and the neighbours by date.</summary>
public sealed record RelatedArticles(IReadOnlyList<ArticleCard> Related, ArticleCard? Older, ArticleCard? Newer);

/// <summary>The home page: the lead story (page 1 only; null when there is no article) above a page of the others.</summary>
public sealed record FrontPage(ArticleCard? Lead, Page<ArticleCard> Articles);
