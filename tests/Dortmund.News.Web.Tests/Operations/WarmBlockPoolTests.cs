using Dortmund.News.Web.Hosting;
using Dortmund.News.Testing;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Dortmund.News.Web.Tests.Operations;

public sealed class WarmBlockPoolTests
{
    [Fact]
    public void The_block_returned_last_is_the_next_one_rented()
    {
        using var pool = new WarmBlockPool();
        var first = pool.Rent();
        var second = pool.Rent();
        first.Dispose();
        second.Dispose();

        using var next = pool.Rent();

        Assert.True(next.Memory.Span == second.Memory.Span, "the pool handed out an older block than the one returned last");
    }

    [Fact]
    public void Blocks_are_a_full_page_and_larger_requests_are_refused()
    {
        using var pool = new WarmBlockPool();
        using var block = pool.Rent(100);

        Assert.Equal(WarmBlockPool.BlockSize, block.Memory.Length);
        Assert.Equal(WarmBlockPool.BlockSize, pool.MaxBufferSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(WarmBlockPool.BlockSize + 1));
    }

    [Fact]
    public void After_a_burst_at_most_the_retained_number_of_blocks_is_kept()
    {
        using var pool = new WarmBlockPool();
        var burst = Enumerable.Range(0, WarmBlockPool.MaxRetained + 100).Select(_ => pool.Rent()).ToList();

        burst.ForEach(block => block.Dispose());

        Assert.Equal(WarmBlockPool.MaxRetained, pool.FreeBlocks);
    }

    [Fact]
    public async Task Kestrel_takes_its_buffers_from_the_warm_pool()
    {
        using var content = new TempContent(withSeedContent: true);
        await using var site = new SiteFactory(content);

        var factory = site.Services.GetRequiredService<IMemoryPoolFactory<byte>>();

        Assert.IsType<WarmBlockPoolFactory>(factory);
    }
}
