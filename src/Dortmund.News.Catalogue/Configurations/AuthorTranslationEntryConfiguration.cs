using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class AuthorTranslationEntryConfiguration : IEntityTypeConfiguration<AuthorTranslationEntry>
{
    public void Configure(EntityTypeBuilder<AuthorTranslationEntry> translation)
    {
        translation.ToTable("AuthorTranslations");
        translation.HasIndex(t => new { t.Slug, t.Language }).IsUnique();
        translation.HasIndex(t => t.SourcePath).IsUnique();
    }
}
