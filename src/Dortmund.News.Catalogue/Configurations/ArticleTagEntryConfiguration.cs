using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleTagEntryConfiguration : IEntityTypeConfiguration<ArticleTagEntry>
{
    public void Configure(EntityTypeBuilder<ArticleTagEntry> articleTag)
    {
        articleTag.ToTable("ArticleTags");
        articleTag.HasKey(t => new { t.ArticleId, t.TagId });
        articleTag.HasIndex(t => t.TagId);
        articleTag.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}
