namespace Dortmund.News.Catalogue.Model;

/// <summary>A published article as the catalogue stores it; derived from one source file.</summary>
public sealed class ArticleEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public DateTime PublishedUtc { get; set; }

    /// <summary>Year and month of publication in Dortmund time as yyyymm, for the archive (SQLite knows no time zones).</summary>
    public int PublishedMonth { get; set; }

    public DateTime? ModifiedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    public bool Draft { get; set; }

    /// <summary>Marked <c>featured: true</c>: a candidate to lead the home page.</summary>
    public bool Featured { get; set; }
    public required string Summary { get; set; }
    public required string Html { get; set; }
    /// <summary>BCP 47 code (<c>Content.Translations.Languages</c>): slugs, tags and categories are per language.</summary>
    public required string Language { get; set; }

    /// <summary>Its translation group (<c>Article.TranslationGroup</c>): the rows with this value are one article in several languages.</summary>
    public required string TranslationGroup { get; set; }

    /// <summary>Who translated it (<c>translator:</c>), if anyone.</summary>
    public string? Translator { get; set; }
    public int? CategoryId { get; set; }
    public CategoryEntry? Category { get; set; }
    public string? LeadImagePath { get; set; }
    public int? LeadImageWidth { get; set; }
    public int? LeadImageHeight { get; set; }
    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
    public List<ArticleAuthorEntry> Authors { get; set; } = [];
    public List<ArticleTagEntry> Tags { get; set; } = [];
    public List<GalleryImageEntry> Gallery { get; set; } = [];
    public List<AliasEntry> Aliases { get; set; } = [];
    public List<ArticleContactEntry> Contacts { get; set; } = [];
}
