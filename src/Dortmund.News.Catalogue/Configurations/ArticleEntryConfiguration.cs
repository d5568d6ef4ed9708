using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleEntryConfiguration : IEntityTypeConfiguration<ArticleEntry>
{
    public void Configure(EntityTypeBuilder<ArticleEntry> article)
    {
        article.ToTable("Articles");
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => a.SourcePath).IsUnique();
        article.HasIndex(a => a.PublishedUtc);
        article.HasIndex(a => new { a.CategoryId, a.PublishedUtc });
        article.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Gallery).WithOne().HasForeignKey(g => g.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
