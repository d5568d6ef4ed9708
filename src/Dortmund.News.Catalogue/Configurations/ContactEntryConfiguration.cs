using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
{
    public void Configure(EntityTypeBuilder<ContactEntry> contact)
    {
        contact.ToTable("Contacts");
        contact.HasIndex(c => c.Slug).IsUnique();
        contact.HasIndex(c => c.SourcePath).IsUnique();
    }
}
