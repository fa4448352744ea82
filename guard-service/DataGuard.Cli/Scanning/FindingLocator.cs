using DataGuard.Cli.Output;
using DataGuard.Detection;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// Turns the findings of consecutive segments of one input into <see cref="ReportedFinding"/>s with line and column,
/// counting line breaks as it goes so a file of any size is walked once.
/// </summary>
internal sealed class FindingLocator
{
    private readonly string _source;
    private readonly bool _showValues;
    private TextPosition _position = TextPosition.Start;

    public FindingLocator(string source, bool showValues)
    {
        _source = source;
        _showValues = showValues;
    }

    /// <summary>Locates the findings of the next segment (segments must come in order).</summary>
    public List<ReportedFinding> Locate(ScannedSegment segment)
    {
        var located = new List<ReportedFinding>(segment.Findings.Count);
        var text = segment.Text.AsSpan();
        int at = 0;
        foreach (var finding in segment.Findings)
        {
            _position = _position.Advance(text[at..finding.Start]);
            at = finding.Start;
            var end = _position.Advance(text.Slice(finding.Start, finding.Length));
            var value = segment.Text.Substring(finding.Start, finding.Length);
            located.Add(new ReportedFinding(
                _source, finding.Type, segment.Offset + finding.Start, finding.Length, _position, end,
                finding.Score, finding.Evasions, ValueMask.Apply(value, finding), _showValues ? value : null));
        }
        _position = _position.Advance(text[at..]);
        return located;
    }
}
