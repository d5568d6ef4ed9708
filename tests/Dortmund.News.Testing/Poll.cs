using Xunit;

namespace Dortmund.News.Testing;

/// <summary>
/// Waits for something the site does in the background. The timeout is generous on purpose: it
/// only ends a broken test, it never measures speed (the machine is shared).
/// </summary>
public static class Poll
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <param name="within">How long to wait before failing; <see cref="Timeout"/> when not given.</param>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var giveUp = DateTime.UtcNow + (within ?? Timeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
                Assert.Fail($"Gave up waiting: {what}");
            await Task.Delay(50);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, within);
}
