using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class CategoryEntryConfiguration : IEntityTypeConfiguration<CategoryEntry>
{
    public void Configure(EntityTypeBuilder<CategoryEntry> category)
    {
        category.ToTable("Categories");
        category.HasIndex(c => new { c.Language, c.Slug }).IsUnique();
    }
}
