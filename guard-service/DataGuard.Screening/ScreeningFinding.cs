using DataGuard.Detection;

namespace DataGuard.Screening;

/// <summary>A finding in one segment of a request, with the action the policy chose for it.</summary>
/// <param name="Path">JSON path of the segment.</param>
/// <param name="Finding">The finding; offsets refer to the segment's decoded text. Its value is personal data.</param>
/// <param name="Action">What the policy does with it.</param>
public sealed record ScreeningFinding(string Path, Finding Finding, PolicyAction Action)
{
    /// <summary>The entity type.</summary>
    public string Type => Finding.Type;

    /// <summary>Describes the finding without its value.</summary>
    public override string ToString() => $"{Path}: {Finding} -> {Action}";
}
