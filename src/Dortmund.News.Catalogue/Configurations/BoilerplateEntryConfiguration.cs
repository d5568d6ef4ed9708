using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class BoilerplateEntryConfiguration : IEntityTypeConfiguration<BoilerplateEntry>
{
    public void Configure(EntityTypeBuilder<BoilerplateEntry> boilerplate)
    {
        boilerplate.ToTable("Boilerplate");
        boilerplate.HasIndex(b => b.SourcePath).IsUnique();
    }
}
