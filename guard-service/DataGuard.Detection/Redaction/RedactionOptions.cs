namespace DataGuard.Detection.Redaction;

/// <summary>Settings for <see cref="Redactor"/>.</summary>
public sealed class RedactionOptions
{
    /// <summary>The operator. Default <see cref="RedactionOperator.Placeholder"/>.</summary>
    public RedactionOperator Operator { get; set; } = RedactionOperator.Placeholder;

    /// <summary>Mask character. Default '*'.</summary>
    public char MaskChar { get; set; } = '*';

    /// <summary>Characters kept at the start when masking. Default 1.</summary>
    public int MaskKeepFirst { get; set; } = 1;

    /// <summary>Characters kept at the end when masking. Default 0.</summary>
    public int MaskKeepLast { get; set; }

    /// <summary>Key for <see cref="RedactionOperator.Hash"/>; required for that operator.</summary>
    public byte[]? HashKey { get; set; }
}
