using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class GalleryImageEntryConfiguration : IEntityTypeConfiguration<GalleryImageEntry>
{
    public void Configure(EntityTypeBuilder<GalleryImageEntry> image)
    {
        image.ToTable("GalleryImages");
        image.HasKey(g => new { g.ArticleId, g.Position });
    }
}
