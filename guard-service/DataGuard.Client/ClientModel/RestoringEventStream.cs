using System.Text;
using DataGuard.Screening;

namespace DataGuard.Client.ClientModel;

/// <summary>
/// Reads a streamed (SSE) answer through an <see cref="SseAnswerRestorer"/>: each event is restored and handed to the
/// reader as soon as it is complete, holding back at most a placeholder's length of text.
/// </summary>
internal sealed class RestoringEventStream(Stream inner, SseAnswerRestorer restorer) : Stream
{
    private readonly byte[] _chunk = new byte[8192];
    private byte[] _ready = [];
    private int _readyOffset;
    private bool _ended;

    /// <summary>Restores a whole buffered event stream at once.</summary>
    public static byte[] RestoreAll(ReadOnlySpan<byte> body, SseAnswerRestorer restorer) =>
        Encoding.UTF8.GetBytes(restorer.Push(body) + restorer.Complete());

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_readyOffset == _ready.Length && !_ended) Accept(_chunk.AsSpan(0, inner.Read(_chunk)));
        return Copy(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_readyOffset == _ready.Length && !_ended)
        {
            int read = await inner.ReadAsync(_chunk, cancellationToken).ConfigureAwait(false);
            Accept(_chunk.AsSpan(0, read));
        }
        return Copy(buffer.Span);
    }

    // Turns bytes from upstream (none at the end) into restored bytes ready to read.
    private void Accept(ReadOnlySpan<byte> received)
    {
        string text;
        if (received.Length == 0)
        {
            _ended = true;
            text = restorer.Complete();
        }
        else text = restorer.Push(received);
        _ready = Encoding.UTF8.GetBytes(text);
        _readyOffset = 0;
    }

    private int Copy(Span<byte> buffer)
    {
        int n = Math.Min(buffer.Length, _ready.Length - _readyOffset);
        _ready.AsSpan(_readyOffset, n).CopyTo(buffer);
        _readyOffset += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
