using System.Text;
using DataGuard.Cli.Sources;

namespace DataGuard.Cli.Redaction;

/// <summary>
/// Where the redacted text of one input goes: standard output, a mirror path under <c>--output</c>, or the file itself
/// (<c>--in-place</c>). Files are written to a temporary file first and moved into place only when complete, so a
/// failure never leaves a half-redacted file or destroys the original.
/// </summary>
internal sealed class RedactionTarget : IDisposable
{
    private readonly string? _destination;
    private readonly string? _temporary;
    private bool _committed;

    private RedactionTarget(TextWriter writer, string? destination, string? temporary)
    {
        Writer = writer;
        _destination = destination;
        _temporary = temporary;
    }

    /// <summary>Where to write the redacted text.</summary>
    public TextWriter Writer { get; }

    /// <summary>Standard output (not closed on dispose).</summary>
    public static RedactionTarget StandardOutput(TextWriter output) => new(output, null, null);

    /// <summary>A file in <paramref name="encoding"/>: <paramref name="outputDirectory"/>/relative path, or the input itself when null.</summary>
    public static RedactionTarget File(InputSource input, string? outputDirectory, Encoding encoding)
    {
        var destination = outputDirectory is null ? input.FullPath! : Path.GetFullPath(Path.Combine(outputDirectory, input.RelativeToRoot));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = destination + ".dataguard-" + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        var writer = new StreamWriter(temporary, append: false, encoding, 1 << 16);
        return new RedactionTarget(writer, destination, temporary);
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_temporary is null) return;
        Writer.Dispose();
        System.IO.File.Move(_temporary, _destination!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_temporary is null) return;
        Writer.Dispose();
        if (!_committed && System.IO.File.Exists(_temporary)) System.IO.File.Delete(_temporary);
    }
}
