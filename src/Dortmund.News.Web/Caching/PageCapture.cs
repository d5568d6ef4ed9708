namespace Dortmund.News.Web.Caching;

/// <summary>
/// The response body while a page renders: every write goes on to the visitor and is kept as well,
/// so the page can be stored once it is complete. Stops keeping past <see cref="MaximumSize"/>.
/// </summary>
internal sealed class PageCapture(Stream visitor) : Stream
{
    /// <summary>Larger documents are served but not stored (a page here is tens of KB, the feed a few hundred).</summary>
    public const int MaximumSize = 16 * 1024 * 1024;

    private MemoryStream? _kept = new();

    /// <summary>The whole body, or null when it grew past <see cref="MaximumSize"/>.</summary>
    public byte[]? Body => _kept?.ToArray();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await visitor.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        visitor.Write(buffer, offset, count);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => visitor.FlushAsync(cancellationToken);
    public override void Flush() => visitor.Flush();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_kept is null)
            return;
        if (_kept.Length + bytes.Length > MaximumSize)
        {
            _kept = null;
            return;
        }

        _kept.Write(bytes);
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
