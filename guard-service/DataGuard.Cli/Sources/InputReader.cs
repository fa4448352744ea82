using System.Text;

namespace DataGuard.Cli.Sources;

/// <summary>Opens an input as text, or reports that it is binary.</summary>
internal static class InputReader
{
    /// <summary>
    /// Opens <paramref name="source"/> for reading in <paramref name="encoding"/> (a byte-order mark wins). Returns null for a binary file. Standard input is always text.
    /// Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the file cannot be read.
    /// </summary>
    public static OpenedInput? Open(InputSource source, TextReader standardInput, Encoding encoding)
    {
        if (source.IsStandardInput) return new OpenedInput(standardInput, null, ownsReader: false);

        var stream = new FileStream(source.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var head = new byte[ContentSniffer.BlockSize];
            int read = 0, n;
            while (read < head.Length && (n = stream.Read(head, read, head.Length - read)) > 0) read += n;
            if (ContentSniffer.LooksBinary(head.AsSpan(0, read), isWholeFile: read < head.Length, requireUtf8: TextEncodings.IsUtf8(encoding)))
            {
                stream.Dispose();
                return null;
            }
            stream.Position = 0;
            var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return new OpenedInput(reader, stream, ownsReader: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
