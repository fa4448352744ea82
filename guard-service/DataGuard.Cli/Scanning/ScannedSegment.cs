using DataGuard.Detection;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// A stretch of an input and the findings that start in it. Consecutive segments cover the input exactly once,
/// so a consumer can rebuild (or redact) the text by concatenating them.
/// </summary>
/// <param name="Offset">UTF-16 offset of <paramref name="Text"/> in the whole input.</param>
/// <param name="Text">The segment's text.</param>
/// <param name="Findings">Findings with offsets relative to <paramref name="Text"/>, ordered, inside it.</param>
internal sealed record ScannedSegment(long Offset, string Text, IReadOnlyList<Finding> Findings);
