using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class SourceFileEntryConfiguration : IEntityTypeConfiguration<SourceFileEntry>
{
    public void Configure(EntityTypeBuilder<SourceFileEntry> file)
    {
        file.ToTable("SourceFiles");
        file.HasKey(f => f.Path);
    }
}
