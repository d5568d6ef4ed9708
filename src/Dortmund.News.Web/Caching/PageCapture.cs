namespace Dortmund.News.Web.Caching;

/// <summary>
/// The response body while a page renders: kept in memory, not sent, so the page is complete — and
/// can be stored and handed to the visitors waiting for it — however slowly this visitor reads.
/// <see cref="SendAsync"/> sends it afterwards. Past <see cref="MaximumSize"/> it sends what it has
/// and passes the rest straight through, storing nothing.
/// </summary>
internal sealed class PageCapture(Stream visitor) : Stream
{
    /// <summary>Larger documents are served but not stored (a page here is tens of KB, the feed a few hundred).</summary>
    public const int MaximumSize = 16 * 1024 * 1024;

    private MemoryStream? _kept = new();

    /// <summary>The whole body, or null when it grew past <see cref="MaximumSize"/> (and went out as it was written).</summary>
    public byte[]? Body => _kept?.ToArray();

    /// <summary>Sends the kept body to the visitor.</summary>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_kept is { Length: > 0 } kept)
            await visitor.WriteAsync(kept.GetBuffer().AsMemory(0, (int)kept.Length), cancellationToken);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_kept is not null && _kept.Length + buffer.Length > MaximumSize)
            await PassThroughAsync(cancellationToken);
        if (_kept is null)
            await visitor.WriteAsync(buffer, cancellationToken);
        else
            _kept.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    // Nothing to flush while the page is kept; once passing through, the visitor's stream flushes.
    public override Task FlushAsync(CancellationToken cancellationToken) => _kept is null ? visitor.FlushAsync(cancellationToken) : Task.CompletedTask;
    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    private async Task PassThroughAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken);
        _kept = null;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
