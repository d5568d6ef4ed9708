using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ProblemEntryConfiguration : IEntityTypeConfiguration<ProblemEntry>
{
    public void Configure(EntityTypeBuilder<ProblemEntry> problem)
    {
        problem.ToTable("Problems");
        problem.HasIndex(p => p.Path);
    }
}
