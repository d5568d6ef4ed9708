using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleAttachmentEntryConfiguration : IEntityTypeConfiguration<ArticleAttachmentEntry>
{
    public void Configure(EntityTypeBuilder<ArticleAttachmentEntry> attachment)
    {
        attachment.ToTable("ArticleAttachments");
        attachment.HasKey(a => new { a.ArticleId, a.Position });
        attachment.HasOne<ArticleEntry>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // A download is asked for by article and file name; a changed file finds its articles by path.
        attachment.HasIndex(a => new { a.ArticleId, a.FileName }).IsUnique();
        attachment.HasIndex(a => a.Path);
    }
}
