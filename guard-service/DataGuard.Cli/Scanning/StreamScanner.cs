using DataGuard.Detection;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// Scans a text of any size in chunks. Each window is the new chunk plus the tail of the previous window, so a value
/// split by a chunk boundary is seen whole, and every finding keeps its context words on both sides. A finding is
/// reported by the first window in which it starts before the "commit line" (one overlap before the window's end);
/// later windows skip anything starting before what was already reported, so nothing is reported twice.
/// </summary>
internal sealed class StreamScanner
{
    /// <summary>Default chunk size in UTF-16 code units (2 MB of memory per window).</summary>
    public const int DefaultChunkSize = 1 << 20;

    private readonly PersonalDataScanner _scanner;
    private readonly int _chunkSize;

    public StreamScanner(PersonalDataScanner scanner, int chunkSize = DefaultChunkSize)
    {
        _scanner = scanner ?? throw new ArgumentNullException(nameof(scanner));
        Overlap = OverlapFor(scanner.Options);
        _chunkSize = Math.Max(chunkSize, 2 * Overlap);
    }

    /// <summary>Characters kept from one window to the next.</summary>
    public int Overlap { get; }

    /// <summary>The overlap for a configuration: the longest value plus its context window must fit on each side.</summary>
    public static int OverlapFor(ScannerOptions options) => Math.Max(1024, options.ContextWindow + 512);

    /// <summary>Reads <paramref name="reader"/> to the end and yields contiguous segments with their findings.</summary>
    public IEnumerable<ScannedSegment> Scan(TextReader reader)
    {
        var buffer = new char[_chunkSize];
        string carry = string.Empty;
        long windowOffset = 0;
        int reportedUpTo = 0; // relative to the current window: everything before it has been emitted

        while (true)
        {
            int read = ReadBlock(reader, buffer);
            bool atEnd = read < buffer.Length;
            var window = string.Concat(carry, new string(buffer, 0, read));
            if (window.Length == 0) yield break;

            int commitLine = atEnd ? window.Length : window.Length - Overlap;
            var all = _scanner.Scan(window);
            var committed = new List<Finding>();
            int segmentEnd = commitLine;
            foreach (var finding in all)
            {
                if (finding.Start < reportedUpTo || finding.Start >= commitLine) continue;
                committed.Add(new Finding(finding.Type, finding.Start - reportedUpTo, finding.Length, finding.Score, finding.Evasions, finding.NormalizedValue));
                segmentEnd = Math.Max(segmentEnd, finding.End);
            }

            yield return new ScannedSegment(windowOffset + reportedUpTo, window.Substring(reportedUpTo, segmentEnd - reportedUpTo), committed);
            if (atEnd) yield break;

            // Keep one overlap of left context before the first character not yet emitted.
            int keepFrom = Math.Max(0, segmentEnd - Overlap);
            carry = window.Substring(keepFrom);
            windowOffset += keepFrom;
            reportedUpTo = segmentEnd - keepFrom;
        }
    }

    private static int ReadBlock(TextReader reader, char[] buffer)
    {
        int total = 0, n;
        while (total < buffer.Length && (n = reader.Read(buffer, total, buffer.Length - total)) > 0) total += n;
        return total;
    }
}
