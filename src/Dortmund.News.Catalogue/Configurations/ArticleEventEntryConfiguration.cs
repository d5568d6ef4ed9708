using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleEventEntryConfiguration : IEntityTypeConfiguration<ArticleEventEntry>
{
    public void Configure(EntityTypeBuilder<ArticleEventEntry> articleEvent)
    {
        articleEvent.ToTable("ArticleEvents");
        articleEvent.HasKey(e => e.ArticleId);
        articleEvent.HasOne<ArticleEntry>().WithOne().HasForeignKey<ArticleEventEntry>(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // The calendar pages: upcoming events by start, past ones by when they ended; the next one to end (cache eviction).
        articleEvent.HasIndex(e => new { e.UntilUtc, e.StartUtc });
    }
}
