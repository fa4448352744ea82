using System.Text;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;

namespace DataGuard.GuardService.Forwarding;

/// <summary>
/// Stands in for the response body while an answer is copied from upstream, restoring pseudonymized values with the
/// shared restorers of DataGuard.Screening: server-sent events are restored and sent one event at a time as they arrive
/// (never the whole answer buffered); other answers (JSON) are restored once complete, string by string.
/// </summary>
internal sealed class RestoringResponseStream(HttpResponse response, Stream inner, PseudonymMap map, int maxAnswerBytes) : Stream
{
    private readonly MemoryStream _whole = new();
    private SseAnswerRestorer? _sse;
    private int _unsentEventBytes;
    private bool _modeChosen;
    private bool _passThrough;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_modeChosen)
        {
            _modeChosen = true;
            // An answer compressed despite the request for identity cannot be restored; it only holds placeholders, so it passes as is.
            _passThrough = response.Headers.ContentEncoding.Any(e => !string.IsNullOrEmpty(e) && !e.Equals("identity", StringComparison.OrdinalIgnoreCase));
            if (!_passThrough && response.ContentType?.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase) == true) _sse = new SseAnswerRestorer(map);
        }
        if (_passThrough)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            return;
        }
        if (_sse is not null)
        {
            var events = _sse.Push(buffer.Span);
            // A stream is held one event at a time; an event that never ends is refused like an oversized answer.
            _unsentEventBytes = events.Length == 0 ? _unsentEventBytes + buffer.Length : 0;
            if (_unsentEventBytes > maxAnswerBytes) throw TooLarge();
            if (events.Length > 0)
            {
                await inner.WriteAsync(Encoding.UTF8.GetBytes(events), cancellationToken);
                // Each event goes out as soon as it is restored: the answer is streamed, not buffered.
                await inner.FlushAsync(cancellationToken);
            }
            return;
        }
        if (_whole.Length + buffer.Length > maxAnswerBytes) throw TooLarge();
        _whole.Write(buffer.Span);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _sse is null && !_passThrough ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override void Flush() { }

    /// <summary>Sends what is left: the restored JSON answer, or the last event and any held-back text of a stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_sse is not null)
        {
            var rest = _sse.Complete();
            if (rest.Length > 0) await inner.WriteAsync(Encoding.UTF8.GetBytes(rest), cancellationToken);
            await inner.FlushAsync(cancellationToken);
            return;
        }
        if (_whole.Length == 0) return;
        await inner.WriteAsync(AnswerRestorer.RestoreBody(_whole.GetBuffer().AsSpan(0, (int)_whole.Length), map), cancellationToken);
    }

    private InvalidOperationException TooLarge() =>
        new($"The upstream answer (or one event of it) is larger than {maxAnswerBytes} bytes and cannot be restored.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
