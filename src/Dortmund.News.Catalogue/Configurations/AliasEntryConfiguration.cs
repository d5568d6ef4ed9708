using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class AliasEntryConfiguration : IEntityTypeConfiguration<AliasEntry>
{
    public void Configure(EntityTypeBuilder<AliasEntry> alias)
    {
        alias.ToTable("Aliases");
        alias.HasKey(a => a.Path);
        alias.HasIndex(a => a.ArticleId);
    }
}
