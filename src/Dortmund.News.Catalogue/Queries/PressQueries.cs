using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>What the press room, the footer and the contacts' vCards show: contacts, the boilerplate, what to follow.</summary>
public sealed class PressQueries(CatalogueDbContext context, Visibility visibility, ArticleQueries articles, TaxonomyQueries taxonomy)
{
    /// <summary>How many of the newest releases the press room shows.</summary>
    public const int NewestCount = 4;

    /// <summary>How many topics (the most used) the press room offers feeds of; the topics page has all.</summary>
    public const int TopicCount = 12;

    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    /// <summary>The contact with this slug, or null.</summary>
    public async Task<ContactView?> ContactAsync(string slug, CancellationToken cancellationToken)
    {
        var contact = await context.Contacts.AsNoTracking().Where(c => c.Slug == slug).ToListAsync(cancellationToken);
        return contact.Count == 0 ? null : (await ContactViews.ViewsAsync(context, contact, cancellationToken))[0];
    }

    /// <summary>The footer's default contact and the agency's address (each may be missing).</summary>
    public Task<FooterView> FooterAsync(CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(async () =>
        {
            var contact = await ContactViews.ViewsAsync(context, await ContactViews.Default(context).ToListAsync(cancellationToken), cancellationToken);
            var address = await context.Boilerplate.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Address).FirstOrDefaultAsync(cancellationToken);
            return new FooterView(contact.FirstOrDefault(), address is null ? [] : BoilerplateViews.AddressLines(address));
        }, cancellationToken);

    /// <summary>Everything the German press room shows, from one snapshot of the catalogue.</summary>
    public Task<PressRoomView> PressRoomAsync(CancellationToken cancellationToken) =>
        PressRoomAsync(Content.Translations.Languages.German, cancellationToken);

    /// <summary>The press room of <paramref name="language"/>: its newest releases, categories and topics.</summary>
    public Task<PressRoomView> PressRoomAsync(string language, CancellationToken cancellationToken) =>
        articles.InOneSnapshotAsync(() => ReadPressRoomAsync(language, cancellationToken), cancellationToken);

    private async Task<PressRoomView> ReadPressRoomAsync(string language, CancellationToken cancellationToken)
    {
        var rows = (await context.Contacts.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(c => c.IsDefault).ThenBy(c => c.Name, GermanOrder).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var contacts = await ContactViews.ViewsAsync(context, rows, cancellationToken);
        var newest = await articles.NewestAsync(language, 1, cancellationToken);
        var topics = (await taxonomy.TagsAsync(language, cancellationToken))
            .OrderByDescending(t => t.Count).Take(TopicCount).OrderBy(t => t.Name, GermanOrder).ToList();
        return new PressRoomView(contacts, newest?.Items.Take(NewestCount).ToList() ?? [],
            await BoilerplateViews.OfAsync(context, cancellationToken), await CategoriesAsync(language, cancellationToken), topics);
    }

    private async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(string language, CancellationToken cancellationToken)
    {
        var counts = await visibility.Apply(context.Articles.AsNoTracking()).Where(a => a.Language == language && a.CategoryId != null)
            .GroupBy(a => a.CategoryId).Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var categories = await context.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.Name }).ToListAsync(cancellationToken);
        return categories.Where(c => counts.ContainsKey(c.Id)).Select(c => new CategoryCount(c.Slug, c.Name, counts[c.Id]))
            .OrderBy(c => c.Name, GermanOrder).ToList();
    }
}
