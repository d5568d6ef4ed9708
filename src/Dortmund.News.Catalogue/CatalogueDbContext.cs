using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue;

/// <summary>The SQLite catalogue: an index of content/, rebuilt from it whenever needed.</summary>
public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<ArticleEntry> Articles => Set<ArticleEntry>();
    public DbSet<ArticleAuthorEntry> ArticleAuthors => Set<ArticleAuthorEntry>();
    public DbSet<AuthorEntry> Authors => Set<AuthorEntry>();
    public DbSet<AuthorTranslationEntry> AuthorTranslations => Set<AuthorTranslationEntry>();
    public DbSet<CategoryEntry> Categories => Set<CategoryEntry>();
    public DbSet<TagEntry> Tags => Set<TagEntry>();
    public DbSet<ArticleTagEntry> ArticleTags => Set<ArticleTagEntry>();
    public DbSet<GalleryImageEntry> GalleryImages => Set<GalleryImageEntry>();
    public DbSet<AliasEntry> Aliases => Set<AliasEntry>();
    public DbSet<ArticleEventEntry> ArticleEvents => Set<ArticleEventEntry>();
    public DbSet<ArticleAttachmentEntry> ArticleAttachments => Set<ArticleAttachmentEntry>();
    public DbSet<ContactEntry> Contacts => Set<ContactEntry>();
    public DbSet<ArticleContactEntry> ArticleContacts => Set<ArticleContactEntry>();
    public DbSet<BoilerplateEntry> Boilerplate => Set<BoilerplateEntry>();
    public DbSet<SourceFileEntry> SourceFiles => Set<SourceFileEntry>();
    public DbSet<ProblemEntry> Problems => Set<ProblemEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
}
