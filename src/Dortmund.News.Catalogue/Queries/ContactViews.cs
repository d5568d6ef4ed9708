using Dortmund.News.Catalogue.Model;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>Contacts as pages show them, with their portraits; shared by the article page and the press room.</summary>
internal static class ContactViews
{
    /// <summary>The contact shown where no other is named: the first marked default (one at most, NEWS034).</summary>
    public static IQueryable<ContactEntry> Default(CatalogueDbContext context) =>
        context.Contacts.AsNoTracking().Where(c => c.IsDefault).OrderBy(c => c.SourcePath).Take(1);

    /// <summary>
    /// The contacts article <paramref name="articleId"/> names that have a contact file, in its order; the
    /// default contact when it names none (or only unknown ones, NEWS031).
    /// </summary>
    public static async Task<IReadOnlyList<ContactView>> ForArticleAsync(CatalogueDbContext context, int articleId, CancellationToken cancellationToken)
    {
        var named = await (
                from reference in context.ArticleContacts.AsNoTracking()
                where reference.ArticleId == articleId
                join contact in context.Contacts on reference.ContactSlug equals contact.Slug
                orderby reference.Position
                select contact)
            .ToListAsync(cancellationToken);
        if (named.Count == 0)
            named = await Default(context).ToListAsync(cancellationToken);
        return await ViewsAsync(context, named, cancellationToken);
    }

    /// <summary>The views of <paramref name="contacts"/>, in their order, with the portraits that have variants.</summary>
    public static async Task<IReadOnlyList<ContactView>> ViewsAsync(CatalogueDbContext context, IReadOnlyList<ContactEntry> contacts,
        CancellationToken cancellationToken)
    {
        var paths = contacts.Select(c => c.ImagePath).OfType<string>().ToList();
        var images = paths.Count == 0 ? [] : await context.SourceFiles.AsNoTracking()
            .Where(f => paths.Contains(f.Path) && f.Width != null)
            .ToDictionaryAsync(f => f.Path, f => new ImageView(f.Path, "", f.Width!.Value, f.Height!.Value, f.Hash), cancellationToken);
        return contacts.Select(c => new ContactView(c.Slug, c.Name, c.Role, c.Organisation, c.Email, c.Phone, c.PhoneE164,
                c.Mobile, c.MobileE164, c.NoteHtml, c.IsDefault, c.ImagePath is null ? null : images.GetValueOrDefault(c.ImagePath)))
            .ToList();
    }
}
