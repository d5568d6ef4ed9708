using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleEntryConfiguration : IEntityTypeConfiguration<ArticleEntry>
{
    public void Configure(EntityTypeBuilder<ArticleEntry> article)
    {
        article.ToTable("Articles");
        // Slugs are unique per language: /artikel/x and /en/articles/x may be the same article's two versions.
        article.HasIndex(a => new { a.Language, a.Slug }).IsUnique();
        // The translations of an article are one lookup.
        article.HasIndex(a => new { a.TranslationGroup, a.Language });
        article.HasIndex(a => a.SourcePath).IsUnique();
        // After each sync, the pages to evict are found by the changed slugs, in whichever language (CatalogueChange).
        article.HasIndex(a => a.Slug);
        // Every sync that writes reads these columns of every article (CatalogueWriter.OpenAsync): from the rows that
        // is a page each (an edit waited ~100 ms for it on 10,000 articles), from this index a few pages in all.
        article.HasIndex(a => new { a.SourcePath, a.Slug, a.Language, a.ContentHash, a.TranslationGroup });
        // Rows are wide (Html): one article fills a page, so a filter that reads the rows reads
        // the whole table. These indexes carry every column the visibility filter and the listing order
        // need, so counting and paging a listing never touch the rows (see bench/Dortmund.News.QueryBench);
        // the first also what a sitemap lists of every article (its last change, its category).
        // Every listing is of one language, so the language leads (categories are of one language already).
        article.HasIndex(a => new { a.Language, a.PublishedUtc, a.Slug, a.ExpiresUtc, a.Draft, a.PublishedMonth, a.ModifiedUtc, a.CategoryId });
        article.HasIndex(a => new { a.CategoryId, a.PublishedUtc, a.Slug, a.ExpiresUtc, a.Draft });
        article.HasIndex(a => new { a.Language, a.PublishedMonth, a.PublishedUtc, a.Slug, a.ExpiresUtc, a.Draft });
        // The hidden articles (Visibility.HiddenIds) by index: expiring and draft articles are few.
        article.HasIndex(a => a.ExpiresUtc).HasFilter("\"ExpiresUtc\" IS NOT NULL");
        article.HasIndex(a => a.Draft).HasFilter("\"Draft\"");
        // The home page's lead story: featured articles are few.
        article.HasIndex(a => new { a.Featured, a.Language, a.PublishedUtc, a.Slug }).HasFilter("\"Featured\"");
        article.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Gallery).WithOne().HasForeignKey(g => g.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Contacts).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
