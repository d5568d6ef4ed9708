using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>The agency's boilerplate as pages show it; shared by the article page, the press room and the footer.</summary>
internal static class BoilerplateViews
{
    /// <summary>The agency's boilerplate, or null when content/boilerplate.md is missing or has never been valid.</summary>
    public static async Task<BoilerplateView?> OfAsync(CatalogueDbContext context, CancellationToken cancellationToken) =>
        await context.Boilerplate.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Title, b.Html, b.Address }).FirstOrDefaultAsync(cancellationToken) is { } row
            ? new BoilerplateView(row.Title, row.Html, AddressLines(row.Address))
            : null;

    /// <summary>The address as stored (lines separated by line feeds), one line each.</summary>
    public static IReadOnlyList<string> AddressLines(string address) =>
        address.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
