using System.Runtime.CompilerServices;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>
/// Runs work on the thread pool but hands the results over in the order of the input, with at most
/// <c>window</c> results in flight: the sync parses on every core while one writer consumes, and a
/// cold sync of 10,000 articles never holds more than a few parsed articles in memory.
/// </summary>
internal static class InPathOrder
{
    public static async IAsyncEnumerable<TResult> ParseAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TResult>> work,
        int window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var inFlight = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                if (inFlight.Count >= window)
                    yield return await inFlight.Dequeue();
                inFlight.Enqueue(Task.Run(() => work(item, cancellationToken), cancellationToken));
            }

            while (inFlight.Count > 0)
                yield return await inFlight.Dequeue();
        }
        finally
        {
            // A consumer that stops early (an error, a cancelled sync) leaves no work running behind it.
            await Task.WhenAll(inFlight).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
