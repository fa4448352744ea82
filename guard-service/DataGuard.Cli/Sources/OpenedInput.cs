namespace DataGuard.Cli.Sources;

/// <summary>An input opened as text. Disposing closes the file (never standard input).</summary>
internal sealed class OpenedInput : IDisposable
{
    private readonly bool _ownsReader;
    private readonly Stream? _stream;
    private long? _bytesAtClose;

    public OpenedInput(TextReader reader, Stream? stream, bool ownsReader)
    {
        Reader = reader;
        _stream = stream;
        _ownsReader = ownsReader;
    }

    /// <summary>The text.</summary>
    public TextReader Reader { get; }

    /// <summary>Bytes read from the file so far (0 for standard input); drives the progress display.</summary>
    public long BytesRead => _bytesAtClose ?? _stream?.Position ?? 0;

    /// <summary>Closes the file; safe to call more than once (redact closes it before replacing the file in place).</summary>
    public void Dispose()
    {
        if (_bytesAtClose is not null) return;
        _bytesAtClose = _stream?.Position ?? 0;
        if (_ownsReader) Reader.Dispose();
    }
}
