using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class AuthorEntryConfiguration : IEntityTypeConfiguration<AuthorEntry>
{
    public void Configure(EntityTypeBuilder<AuthorEntry> author)
    {
        author.ToTable("Authors");
        author.HasIndex(a => a.Slug).IsUnique();
        author.HasIndex(a => a.SourcePath).IsUnique();
    }
}
