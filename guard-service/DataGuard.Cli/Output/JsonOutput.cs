using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataGuard.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go to a <see cref="TextWriter"/>: <see cref="Drain"/> moves what was written
/// so far, so large documents stream instead of building up in memory.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly TextWriter _output;

    public JsonOutput(TextWriter output, bool indented)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = indented,
            // Readable file names and messages in Chinese; output is UTF-8 and never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>The JSON writer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes everything the JSON writer has produced so far to the text output.</summary>
    public void Drain()
    {
        Writer.Flush();
        if (_buffer.WrittenCount == 0) return;
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.Clear();
    }

    /// <summary>Writes a complete value on its own line (JSON Lines) and resets the writer for the next one.</summary>
    public void EndLine()
    {
        Drain();
        _output.Write('\n');
        Writer.Reset();
    }

    public void Dispose()
    {
        Drain();
        Writer.Dispose();
    }
}
