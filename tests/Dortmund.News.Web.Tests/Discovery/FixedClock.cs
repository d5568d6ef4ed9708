namespace Dortmund.News.Web.Tests.Discovery;

/// <summary>A clock standing still at one moment, for behaviour that depends on "now".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
