namespace DataGuard.Detection.Redaction;

/// <summary>The redacted text and the findings it replaced (offsets refer to the original text).</summary>
public sealed class RedactionResult
{
    /// <summary>Creates a result.</summary>
    public RedactionResult(string text, IReadOnlyList<Finding> findings)
    {
        Text = text;
        Findings = findings;
    }

    /// <summary>The redacted text.</summary>
    public string Text { get; }

    /// <summary>The findings that were replaced, in the original text's offsets.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
