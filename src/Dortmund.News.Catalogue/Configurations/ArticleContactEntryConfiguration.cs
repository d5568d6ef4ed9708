using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleContactEntryConfiguration : IEntityTypeConfiguration<ArticleContactEntry>
{
    public void Configure(EntityTypeBuilder<ArticleContactEntry> contact)
    {
        contact.ToTable("ArticleContacts");
        contact.HasKey(c => new { c.ArticleId, c.Position });
        // The article pages a changed contact file shows on (CatalogueChange).
        contact.HasIndex(c => c.ContactSlug);
    }
}
