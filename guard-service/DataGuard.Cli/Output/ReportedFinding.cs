using DataGuard.Cli.Scanning;
using DataGuard.Detection;

namespace DataGuard.Cli.Output;

/// <summary>A finding placed in its input: what every output format writes.</summary>
/// <param name="Source">The input's display path (relative to the working directory, '/' separators) or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Offset">UTF-16 offset from the start of the input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Start">Line and column of the first character.</param>
/// <param name="End">Line and column just after the last character.</param>
/// <param name="Score">Confidence from 0 to 1.</param>
/// <param name="Evasions">Disguises undone to find the value.</param>
/// <param name="MaskedValue">The value masked for display.</param>
/// <param name="Value">The value as written, present only with <c>--show-values</c>.</param>
internal sealed record ReportedFinding(
    string Source, string Type, long Offset, int Length, TextPosition Start, TextPosition End,
    double Score, Evasions Evasions, string MaskedValue, string? Value)
{
    /// <summary>What human-facing outputs show: the value if asked for, otherwise the masked value.</summary>
    public string DisplayValue => Value ?? MaskedValue;

    /// <summary>The score rounded for output (3 decimals): more digits only suggest precision the score does not have.</summary>
    public double RoundedScore => Math.Round(Score, 3, MidpointRounding.AwayFromZero);
}
