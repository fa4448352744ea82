using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;

namespace DataGuard.GuardService.Forwarding;

/// <summary>
/// Stands in for the response body while an answer is copied from upstream, restoring pseudonymized values:
/// server-sent events are restored and sent one event at a time as they arrive (never the whole answer buffered);
/// other answers (JSON) are restored once complete, string by string.
/// </summary>
internal sealed class RestoringResponseStream(HttpResponse response, Stream inner, PseudonymMap map, int maxAnswerBytes) : Stream
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MemoryStream _pending = new();
    private SseAnswerRestorer? _sse;
    private bool _modeChosen;

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
            if (response.ContentType?.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase) == true) _sse = new SseAnswerRestorer(map);
        }
        if (_pending.Length + buffer.Length > maxAnswerBytes && _sse is null)
            throw new InvalidOperationException($"The upstream answer is larger than {maxAnswerBytes} bytes and cannot be restored.");
        _pending.Write(buffer.Span);
        if (_sse is not null) await SendCompleteEventsAsync(cancellationToken);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _sse is null ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override void Flush() { }

    /// <summary>Sends what is left: the restored JSON answer, or the last event and any held-back text of a stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_sse is not null)
        {
            var events = new List<string>();
            if (_pending.Length > 0) events.AddRange(_sse.Transform(Encoding.UTF8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length)));
            events.AddRange(_sse.FlushAll());
            _pending.SetLength(0);
            foreach (var e in events) await WriteEventAsync(e, cancellationToken);
            await inner.FlushAsync(cancellationToken);
            return;
        }
        if (_pending.Length == 0) return;
        var bytes = RestoreWhole(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
        await inner.WriteAsync(bytes, cancellationToken);
    }

    private byte[] RestoreWhole(ReadOnlySpan<byte> body)
    {
        try
        {
            var root = JsonNode.Parse(body);
            AnswerText.RestoreStrings(root, map);
            return JsonSerializer.SerializeToUtf8Bytes(root, Output);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetBytes(map.Restore(Encoding.UTF8.GetString(body)));
        }
    }

    private async Task SendCompleteEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var buffer = _pending.GetBuffer().AsSpan(0, (int)_pending.Length);
            var (end, separator) = EventEnd(buffer);
            if (end < 0) return;
            var text = Encoding.UTF8.GetString(buffer[..end]);
            var rest = buffer[(end + separator)..].ToArray();
            _pending.SetLength(0);
            _pending.Write(rest);
            foreach (var e in _sse!.Transform(text)) await WriteEventAsync(e, cancellationToken);
            // Each event goes out as soon as it is restored: the answer is streamed, not buffered.
            await inner.FlushAsync(cancellationToken);
        }
    }

    private async Task WriteEventAsync(string sseEvent, CancellationToken cancellationToken) =>
        await inner.WriteAsync(Encoding.UTF8.GetBytes(sseEvent + "\n\n"), cancellationToken);

    // End of the first complete event (a blank line) and the length of the separator.
    private static (int End, int Length) EventEnd(ReadOnlySpan<byte> buffer)
    {
        int lf = buffer.IndexOf("\n\n"u8);
        int crlf = buffer.IndexOf("\r\n\r\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return (crlf, 4);
        return lf >= 0 ? (lf, 2) : (-1, 0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
