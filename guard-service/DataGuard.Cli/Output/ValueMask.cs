using DataGuard.Detection;
using DataGuard.Detection.Redaction;

namespace DataGuard.Cli.Output;

/// <summary>Masks a found value for display with the engine's own mask operator (e.g. <c>A12*******</c>).</summary>
internal static class ValueMask
{
    private static readonly RedactionOptions Options = new() { Operator = RedactionOperator.Mask, MaskKeepFirst = 3 };

    /// <summary>The masked form of <paramref name="value"/>, the text of <paramref name="finding"/>.</summary>
    public static string Apply(string value, Finding finding)
    {
        var whole = new Finding(finding.Type, 0, value.Length, finding.Score, finding.Evasions, finding.NormalizedValue);
        return Redactor.Redact(value, new[] { whole }, Options).Text;
    }
}
