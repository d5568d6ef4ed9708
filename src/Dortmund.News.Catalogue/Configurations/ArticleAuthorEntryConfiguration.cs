using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dortmund.News.Catalogue.Configurations;

internal sealed class ArticleAuthorEntryConfiguration : IEntityTypeConfiguration<ArticleAuthorEntry>
{
    public void Configure(EntityTypeBuilder<ArticleAuthorEntry> author)
    {
        author.ToTable("ArticleAuthors");
        author.HasKey(a => new { a.ArticleId, a.Position });
        author.HasIndex(a => a.AuthorSlug);
    }
}
