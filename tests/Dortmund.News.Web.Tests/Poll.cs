namespace Dortmund.News.Web.Tests;

/// <summary>
/// Waits for something the site does in the background. The timeout is generous on purpose: it
/// only ends a broken test, it never measures speed (the machine is shared).
/// </summary>
internal static class Poll
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
                Assert.Fail($"Gave up waiting: {what}");
            await Task.Delay(50);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(() => Task.FromResult(condition()), what);
}
