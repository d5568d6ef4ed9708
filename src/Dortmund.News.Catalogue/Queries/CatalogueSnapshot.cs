using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>
/// Several queries in one deferred read transaction, so a page or document built from them sees
/// one committed catalogue even while a sync commits (WAL readers never block the writer). Every
/// query service reads through it.
/// </summary>
internal static class CatalogueSnapshot
{
    public static async Task<T> InOneSnapshotAsync<T>(this CatalogueDbContext context, Func<Task<T>> queries, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not null)
            return await queries();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A deferred BEGIN takes no lock; the snapshot starts with the first read.
            await using var snapshot = ((SqliteConnection)context.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await context.Database.UseTransactionAsync(snapshot, cancellationToken);
            try
            {
                return await queries();
            }
            finally
            {
                await context.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
