using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace Dortmund.News.Web.Hosting;

/// <summary>
/// Kestrel's 4 KB I/O buffers, handed out last-returned-first: the block a response was just copied
/// through is still in the CPU cache when the next response is copied into it. Kestrel's own pool is
/// a FIFO queue, so once a burst has grown it (a feed to 64 connections) it cycles through every
/// block, each one cold. Keeps at most <see cref="MaxRetained"/> free blocks; more go to the GC.
/// </summary>
internal sealed class WarmBlockPool : MemoryPool<byte>
{
    public const int BlockSize = 4096;

    /// <summary>16 MB: a burst of large responses to many connections, kept for the next one.</summary>
    public const int MaxRetained = 4096;

    private readonly Stack<Block> _free = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public override int MaxBufferSize => BlockSize;

    public int FreeBlocks
    {
        get { lock (_lock) return _free.Count; }
    }

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        lock (_lock)
        {
            if (_free.TryPop(out var block))
                return block;
        }

        return new Block(this);
    }

    private void Return(Block block)
    {
        lock (_lock)
        {
            if (!_disposed && _free.Count < MaxRetained)
                _free.Push(block);
        }
    }

    protected override void Dispose(bool disposing)
    {
        lock (_lock)
        {
            _disposed = true;
            _free.Clear();
        }
    }

    private sealed class Block(WarmBlockPool pool) : IMemoryOwner<byte>
    {
        // Pinned once, so the socket's pinning for each send and receive costs nothing.
        public Memory<byte> Memory { get; } = MemoryMarshal.CreateFromPinnedArray(GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true), 0, BlockSize);

        public void Dispose() => pool.Return(this);
    }
}

/// <summary>Gives Kestrel (and any other server part asking) a <see cref="WarmBlockPool"/>.</summary>
internal sealed class WarmBlockPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new WarmBlockPool();
}
