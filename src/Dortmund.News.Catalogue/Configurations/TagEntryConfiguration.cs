using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class TagEntryConfiguration : IEntityTypeConfiguration<TagEntry>
{
    public void Configure(EntityTypeBuilder<TagEntry> tag)
    {
        tag.ToTable("Tags");
        tag.HasIndex(t => new { t.Language, t.Slug }).IsUnique();
    }
}
